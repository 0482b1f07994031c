package uk.org.wmca.planforgrowth.auth;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A token to create. Members are strings so that every invalid one is reported at once, with its own message;
 * unknown members are refused ({@link uk.org.wmca.planforgrowth.common.StrictJson}).
 */
@Schema(name = "TokenInput", description = "A token to create. Unknown members are refused.")
public record TokenInput(
        @Schema(
                description = "Unique name: who or what will use the token. 1 to 100 characters of printable text,"
                        + " no line breaks, no spaces at either end. Names stay taken after revocation.",
                examples = "Content team: Jane Doe",
                minLength = 1,
                maxLength = 100,
                required = true)
        @NotNull(message = "name is required.")
        @Size(min = 1, max = 100, message = "name must be 1 to 100 characters long.")
        @Pattern(
                regexp = PRINTABLE,
                message = "name must be printable text, without control characters, line breaks or spaces at"
                        + " either end.")
        String name,

        @Schema(
                description = "editor writes content; admin also manages tokens.",
                enumeration = {"editor", "admin"},
                required = true)
        @NotNull(message = "role is required: editor or admin.")
        @Pattern(regexp = "editor|admin", message = "role must be editor or admin.")
        String role,

        @Schema(
                description = "When the token stops working: an RFC 3339 date-time with a time zone, in the future."
                        + " Leave it out (or null) for a token that does not expire.",
                format = "date-time",
                nullable = true,
                examples = "2027-01-01T00:00:00Z")
        @FutureTimestamp
        String expiresAt) {

    /**
     * Letters, digits, punctuation, symbols and spaces; no control, format or unassigned characters, no line or
     * paragraph separators, and no space at either end. The empty string is left to {@code @Size}.
     */
    static final String PRINTABLE = "(?:[^\\p{C}\\p{Z}](?:[^\\p{C}\\p{Zl}\\p{Zp}]*[^\\p{C}\\p{Z}])?)?";

    TokenRole tokenRole() {
        return TokenRole.fromWireName(role);
    }

    /** The expiry as an instant; null when none was given. Only call after validation. */
    Instant expiry() {
        return expiresAt == null ? null : OffsetDateTime.parse(expiresAt).toInstant();
    }
}
