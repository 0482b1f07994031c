package uk.org.wmca.planforgrowth.embed;

/** Example bodies of the embed operations in the OpenAPI document: real responses, cut short where marked. */
final class Examples {

    private Examples() {}

    static final String CLUSTER_CARD = """
            <!doctype html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Manufacturing of Electric Light Vehicles and Associated Battery Devices · Primary cluster · West Midlands Plan for Growth</title>
            <link rel="alternate" type="application/json+oembed" href="/oembed?url=https%3A%2F%2Fapi.example.org%2Fembed%2Fclusters%2Felectric-light-vehicles" title="Manufacturing of Electric Light Vehicles and Associated Battery Devices">
            <meta property="og:title" content="Manufacturing of Electric Light Vehicles and Associated Battery Devices">
            <style>…</style>
            </head>
            <body>
            <main>
            <article class="pfg-card" data-pfg-type="cluster" data-theme="light">
            <p class="pfg-card__kicker">Primary cluster</p>
            <h1 class="pfg-card__title">Manufacturing of Electric Light Vehicles and Associated Battery Devices</h1>
            <p class="pfg-card__summary">A primary cluster in the plan, covering the manufacture of electric light vehicles and their battery storage devices. …</p>
            <h2 class="pfg-card__heading">Key figures</h2>
            <dl class="pfg-card__figures">
            <div class="pfg-card__figure">
            <dt>Extra output from the electric light vehicles and battery storage cluster</dt>
            <dd><span class="pfg-card__value">£850m to £950m</span>
            <span class="pfg-card__source">Source: <a href="https://www.wmca.org.uk/documents/strategies/plan-for-growth/west-midlands-plan-for-growth/cluster-growth-profiles/" target="_blank" rel="noopener">West Midlands Plan for Growth: Cluster Growth Profiles<span class="pfg-card__hidden"> (opens in a new tab)</span></a></span></dd>
            </div>
            …
            </dl>
            <h2 class="pfg-card__heading">Places</h2>
            <ul class="pfg-card__list">
            <li>Sandwell</li>
            …
            </ul>
            <footer class="pfg-card__footer">…</footer>
            </article>
            </main>
            </body>
            </html>
            """;

    static final String THEME_CARD = """
            <!doctype html>
            <html lang="en-GB">
            <head>
            <title>Commitment to net zero · Delivery theme · West Midlands Plan for Growth</title>
            …
            </head>
            <body>
            <main>
            <article class="pfg-card" data-pfg-type="theme" data-theme="dark">
            <p class="pfg-card__kicker">Delivery theme</p>
            <h1 class="pfg-card__title">Commitment to net zero</h1>
            …
            <h2 class="pfg-card__heading">Clusters</h2>
            <ul class="pfg-card__list">
            <li>Smart Energy Systems</li>
            <li>Manufacture of Future Housing</li>
            <li>Manufacturing of Electric Light Vehicles and Associated Battery Devices</li>
            </ul>
            …
            </article>
            </main>
            </body>
            </html>
            """;

    static final String PLACE_CARD = """
            <!doctype html>
            <html lang="en-GB">
            <head>
            <title>Birmingham · Constituent authority · West Midlands Plan for Growth</title>
            …
            </head>
            <body>
            <main>
            <article class="pfg-card" data-pfg-type="place" data-theme="light">
            <p class="pfg-card__kicker">Constituent authority</p>
            <h1 class="pfg-card__title">Birmingham</h1>
            <p class="pfg-card__summary">Birmingham is a constituent local authority of the West Midlands Combined Authority.</p>
            …
            <dt>ONS GSS code</dt>
            <dd><span class="pfg-card__value">E08000025</span>
            …
            </article>
            </main>
            </body>
            </html>
            """;

    static final String NOT_IMPLEMENTED = """
            {"type":"about:blank","title":"Not Implemented","status":501,"detail":"This oEmbed provider answers in JSON only: leave format out or send format=json.","instance":"/oembed","requestId":"6f0c2a52-9f7e-4d0b-8f43-2d1b7c0e9a11"}
            """;
}
