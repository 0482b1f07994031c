package uk.org.wmca.planforgrowth.embed;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.org.wmca.planforgrowth.http.InlineStyles;

/**
 * The colours of the cards (both themes) and of the landing page meet WCAG 2.2 AA: 4.5:1 for text and links on
 * every background they sit on, 3:1 for the focus ring. Read from the stylesheets the pages carry.
 */
class ContrastTest {

    @Test
    void shouldGiveCardTextAndLinksAaContrastInBothThemes() {
        String css = InlineStyles.text(InlineStyles.CARD);
        Map<String, String> light = properties(css, ":where(.pfg-card) {");
        Map<String, String> dark = new LinkedHashMap<>(light);
        dark.putAll(properties(css, ":where(.pfg-card[data-theme=\"dark\"]) {"));
        for (Map<String, String> theme : List.of(light, dark)) {
            for (String background : List.of("--pfg-background", "--pfg-surface")) {
                for (String text : List.of("--pfg-text", "--pfg-muted", "--pfg-link")) {
                    assertAtLeast(4.5, theme.get(text), theme.get(background), text + " on " + background);
                }
                assertAtLeast(3, theme.get("--pfg-focus"), theme.get(background), "focus on " + background);
            }
        }
    }

    @Test
    void shouldGiveTheLandingPageAaContrast() {
        Map<String, String> colours = properties(InlineStyles.text(InlineStyles.LANDING), ":root {");
        for (String background : List.of("--background", "--surface")) {
            for (String text : List.of("--text", "--muted", "--link")) {
                assertAtLeast(4.5, colours.get(text), colours.get(background), text + " on " + background);
            }
        }
    }

    @Test
    void shouldComputeContrastAsWcagDoes() {
        assertTrue(Math.abs(contrast("#000000", "#ffffff") - 21) < 0.01);
        assertTrue(Math.abs(contrast("#777777", "#ffffff") - 4.48) < 0.01);
    }

    private static void assertAtLeast(double minimum, String foreground, String background, String what) {
        double ratio = contrast(foreground, background);
        assertTrue(ratio >= minimum, what + ": " + foreground + " on " + background + " is " + ratio + ":1");
    }

    /** The custom properties with a hex colour declared in the block that starts with {@code selector}. */
    private static Map<String, String> properties(String css, String selector) {
        int start = css.indexOf(selector);
        assertTrue(start >= 0, selector);
        String block = css.substring(start, css.indexOf('}', start));
        Map<String, String> colours = new LinkedHashMap<>();
        Matcher matcher = Pattern.compile("(--[a-z-]+):\\s*(#[0-9a-fA-F]{6});").matcher(block);
        while (matcher.find()) {
            colours.put(matcher.group(1), matcher.group(2));
        }
        return colours;
    }

    static double contrast(String a, String b) {
        double first = luminance(a);
        double second = luminance(b);
        return (Math.max(first, second) + 0.05) / (Math.min(first, second) + 0.05);
    }

    private static double luminance(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }
}
