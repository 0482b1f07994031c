package uk.org.wmca.planforgrowth.embed;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;
import uk.org.wmca.planforgrowth.common.ApiConfig;
import uk.org.wmca.planforgrowth.common.PublicOrigin;
import uk.org.wmca.planforgrowth.common.Rendered;
import uk.org.wmca.planforgrowth.http.InlineStyles;

/**
 * Renders cards with Qute (HTML escaping on): as a whole page for {@code /embed/…} (to frame), as a fragment for
 * server-side includes, and the {@code <iframe>} snippet that frames a card.
 */
@ApplicationScoped
public class EmbedCards {

    /** The values of {@code theme=}; the first is the default. */
    public static final List<String> THEMES = List.of("light", "dark");

    /** Suggested width of a framed card, in CSS pixels; the narrowest it is laid out for is {@value #MIN_WIDTH}. */
    public static final int DEFAULT_WIDTH = 480;

    public static final int MIN_WIDTH = 200;

    /**
     * What a card template needs besides the card.
     *
     * @param document whether the card is a whole page (its links open a new tab; headings start at h1)
     * @param theme {@code light} or {@code dark}
     * @param origin the origin of absolute links
     * @param cardUrl the absolute URL of the card's page
     * @param oembedHref the oEmbed discovery link of the card's page
     * @param cardCss the card's stylesheet, inserted as is
     * @param pageCss the stylesheet of the page around the card, inserted as is
     * @param attributionTitle the publication the content is drawn from
     * @param attributionUrl where to read it
     */
    record Context(
            boolean document,
            String theme,
            String origin,
            String cardUrl,
            String oembedHref,
            String cardCss,
            String pageCss,
            String attributionTitle,
            String attributionUrl) {

        public String titleTag() {
            return document ? "h1" : "h2";
        }

        public String headingTag() {
            return document ? "h2" : "h3";
        }
    }

    @CheckedTemplate(basePath = "embed")
    static class Templates {
        static native TemplateInstance document(Card card, Context context);

        static native TemplateInstance fragment(Card card, Context context);

        static native TemplateInstance iframe(String src, int width, int height, String title);
    }

    private final ApiConfig.AttributionConfig attribution;
    private final PublicOrigin origins;

    EmbedCards(ApiConfig config, PublicOrigin origins) {
        this.attribution = config.attribution();
        this.origins = origins;
    }

    /**
     * The card as the HTML answer of an item's read ({@code Accept: text/html} or {@code format=fragment}), whose
     * method declares its JSON type for the API description.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> RestResponse<T> response(Card card, HttpServerRequest request) {
        return (RestResponse) RestResponse.ok(fragment(card, origins.of(request)));
    }

    /** The card as a whole HTML page, for {@code /embed/…}. */
    public Rendered document(Card card, String theme, String origin) {
        Context context = context(card, true, theme, origin);
        return Rendered.html(Templates.document(card, context).render(), card.shows(), origin);
    }

    /** The card alone ({@code <article class="pfg-card">} with its {@code <style>}), for server-side includes. */
    public Rendered fragment(Card card, String origin) {
        Context context = context(card, false, THEMES.get(0), origin);
        return Rendered.html(Templates.fragment(card, context).render().strip(), card.shows(), origin);
    }

    /** The absolute URL of a card's page in a theme (the default theme has no parameter). */
    public static String cardUrl(Card card, String theme, String origin) {
        return origin + card.embedPath() + (theme.equals(THEMES.get(0)) ? "" : "?theme=" + theme);
    }

    /** The {@code <iframe>} that frames a card's page, as a partner site pastes it. */
    public static String iframe(String src, int width, int height, String title) {
        return Templates.iframe(src, width, height, title).render().strip();
    }

    /** What a framed card's {@code title} says, for screen readers. */
    public static String frameTitle(Card card) {
        return card.name() + ": " + card.kicker() + ", West Midlands Plan for Growth";
    }

    /**
     * A height that fits the card at a width (in CSS pixels) without scrolling, from how much text it shows; a card
     * framed lower scrolls inside its frame.
     */
    public static int suggestedHeight(Card card, int width) {
        int perLine = Math.max(24, (width - 40) / 8);
        int lines = 3
                + lines(card.name(), perLine * 3 / 4)
                + lines(card.summary(), perLine)
                + (card.aside() == null ? 0 : lines(card.aside(), perLine + 8));
        for (Card.Figure figure : card.figures()) {
            lines += 2
                    + lines(figure.label(), perLine)
                    + lines(figure.value(), perLine * 3 / 4)
                    + (figure.detail() == null ? 0 : 1)
                    + lines("Source: " + figure.sourceTitle(), perLine + 8);
        }
        int related =
                card.related().stream().mapToInt(name -> name.length() + 4).sum();
        lines += 3 + Math.max(1, lines("x".repeat(related), perLine)) + 3;
        return Math.max(240, 48 + lines * 24);
    }

    private static int lines(String text, int perLine) {
        return text == null || text.isEmpty() ? 0 : (text.length() + perLine - 1) / perLine;
    }

    private Context context(Card card, boolean document, String theme, String origin) {
        String cardUrl = cardUrl(card, theme, origin);
        return new Context(
                document,
                theme,
                origin,
                cardUrl,
                origin + "/oembed?url=" + URLEncoder.encode(cardUrl, StandardCharsets.UTF_8),
                InlineStyles.text(InlineStyles.CARD),
                InlineStyles.text(InlineStyles.CARD_PAGE),
                attribution.title(),
                Cards.safeUrl(attribution.url()));
    }
}
