package uk.org.wmca.planforgrowth.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The stylesheets that our own HTML pages carry inline (the embed cards, the page around a card, the landing page),
 * and their hashes as CSP sources. Pages insert a stylesheet's text exactly as {@link #text} gives it, so that the
 * page policies can allow those styles and nothing else, without {@code 'unsafe-inline'}.
 */
public final class InlineStyles {

    /** The card's own styles, scoped to {@code .pfg-card}; also inside every HTML fragment. */
    public static final String CARD = "web/card.css";

    /** The document around a card at {@code /embed/…}. */
    public static final String CARD_PAGE = "web/card-page.css";

    /** The landing page at {@code /}. */
    public static final String LANDING = "web/landing.css";

    /** What policies write where the hashes go. */
    static final String PLACEHOLDER = "{inline-style-hashes}";

    private static final List<String> ALL = List.of(CARD, CARD_PAGE, LANDING);
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();

    private InlineStyles() {}

    /** The text of a stylesheet, exactly as a page must put it between {@code <style>} and {@code </style>}. */
    public static String text(String name) {
        return TEXTS.computeIfAbsent(name, InlineStyles::read);
    }

    /** {@code 'sha256-…'} of every inline stylesheet. */
    static String hashes() {
        return ALL.stream().map(name -> SwaggerUiPage.hash(text(name))).collect(Collectors.joining(" "));
    }

    /** A configured policy with {@value #PLACEHOLDER} filled in. */
    static String policy(String configured) {
        return configured.contains(PLACEHOLDER) ? configured.replace(PLACEHOLDER, hashes()) : configured;
    }

    private static String read(String name) {
        try (InputStream in = InlineStyles.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Stylesheet " + name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
