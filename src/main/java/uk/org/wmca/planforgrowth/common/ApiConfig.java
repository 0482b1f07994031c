package uk.org.wmca.planforgrowth.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.Optional;

/** Settings of the API, under the {@code pfg.} prefix in {@code application.properties} or the environment. */
@ConfigMapping(prefix = "pfg")
public interface ApiConfig {

    /** Attribution carried in {@code meta.source} of every response. */
    AttributionConfig attribution();

    /** Seeding of the database from the versioned content files. */
    ContentConfig content();

    /** HTTP caching of published representations. */
    CacheConfig cache();

    /** {@code pfg.editing.*}: the write API. */
    EditingConfig editing();

    /**
     * {@code pfg.public-url}: the origin partner sites reach the API at ({@code https://host[:port]}, no path), for
     * the absolute links in embed cards, fragments, oEmbed answers and the landing page. Without it, the origin of
     * each request (set {@code quarkus.http.proxy.*} behind a proxy), and each origin's copies are kept apart.
     */
    Optional<String> publicUrl();

    /** Attribution of the published content. */
    interface AttributionConfig {
        /** {@code pfg.attribution.publisher}: who publishes the plan. */
        @WithDefault("West Midlands Combined Authority")
        String publisher();

        /** {@code pfg.attribution.title}: title of the publication the content is drawn from. */
        @WithDefault("West Midlands Plan for Growth")
        String title();

        /** {@code pfg.attribution.url}: where the publication can be read. */
        @WithDefault(
                "https://www.wmca.org.uk/what-we-do/economy-and-innovation/plan-for-growth-a-vision-for-growth-in-the-west-midlands/")
        String url();

        /** {@code pfg.attribution.notice}: how the content relates to the publication. */
        @WithDefault(
                "Summarised in our own words from WMCA's published Plan for Growth. Every figure carries its own source.")
        String notice();
    }

    /** Seeding. */
    interface ContentConfig {
        /**
         * {@code pfg.content.seed}: import the content files into an empty database at start. Never touches a
         * database that already has content.
         */
        @WithDefault("true")
        boolean seed();
    }

    /** HTTP caching: Cache-Control per route family, compression. */
    interface CacheConfig {
        /**
         * {@code pfg.cache.representations}: keep rendered responses in memory and answer repeat reads from them.
         * Switched off only to measure what the database and rendering cost (the benchmark's uncached runs);
         * validators, 304 and Cache-Control work either way.
         */
        @WithDefault("true")
        boolean representations();

        /**
         * {@code pfg.cache.max-age}: seconds a client or CDN may reuse a response without asking again, for route
         * families without their own setting.
         */
        @WithDefault("60")
        int maxAge();

        /**
         * {@code pfg.cache.stale-while-revalidate}: seconds a cache may serve a stale response while it
         * revalidates in the background.
         */
        @WithDefault("300")
        int staleWhileRevalidate();

        /**
         * {@code pfg.cache.families."<family>".max-age} and {@code ...stale-while-revalidate}: overrides per route
         * family, the first path segment after {@code /api/v1/} ({@code plan}, {@code clusters}, {@code facts}…).
         */
        Map<String, FamilyConfig> families();

        /** {@code pfg.cache.gzip-min-bytes}: representations at least this big are also kept gzipped. */
        @WithDefault("1024")
        int gzipMinBytes();

        /** {@code pfg.cache.version-poll-interval}: how often each instance checks the content version. */
        @WithDefault("1s")
        String versionPollInterval();
    }

    /** Cache lifetimes of one route family. */
    interface FamilyConfig {
        /** Seconds a client or CDN may reuse the response. */
        int maxAge();

        /** Seconds a cache may serve it stale while revalidating. */
        int staleWhileRevalidate();
    }

    interface EditingConfig {
        /** {@code pfg.editing.max-body-bytes}: the largest request body a write accepts; larger ones get 413. */
        @WithDefault("65536")
        int maxBodyBytes();

        /**
         * {@code pfg.editing.max-import-bytes}: the largest backup POST /api/v1/admin/import accepts; larger ones get
         * 413. It cannot exceed quarkus.http.limits.max-body-size.
         */
        @WithDefault("16777216")
        int maxImportBytes();
    }
}
