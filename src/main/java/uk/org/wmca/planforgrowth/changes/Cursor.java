package uk.org.wmca.planforgrowth.changes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A position in the change feed, just after the entry (version, ordinal). Clients see it as an opaque string
 * (base64url of {@code c1.<version>.<ordinal>}), so that its form can change without breaking them.
 */
public record Cursor(long version, int ordinal) {

    /** Before every entry: versions start at 1. */
    public static final Cursor START = new Cursor(0, 0);

    private static final Pattern FORM = Pattern.compile("c1\\.(0|[1-9][0-9]{0,17})\\.(0|[1-9][0-9]{0,8})");

    public String encode() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("c1." + version + "." + ordinal).getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor an opaque string encodes; empty when it encodes none. */
    public static Optional<Cursor> decode(String text) {
        if (text == null || text.length() > 64 || !text.matches("[A-Za-z0-9_-]+")) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Matcher matcher = FORM.matcher(decoded);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Cursor(Long.parseLong(matcher.group(1)), Integer.parseInt(matcher.group(2))));
    }
}
