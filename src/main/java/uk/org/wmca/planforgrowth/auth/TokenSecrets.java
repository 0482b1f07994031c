package uk.org.wmca.planforgrowth.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Token secrets: {@code pfg_} and 32 random bytes in unpadded base64url. Only their SHA-256 is ever stored; a fast
 * hash is right here because the secrets have 256 bits of entropy, so there is nothing to guess.
 */
public final class TokenSecrets {

    public static final String PREFIX = "pfg_";

    /**
     * What a secret looks like: generated ones have 43 characters after the prefix; a configured admin secret may be
     * longer. Anything else is refused before any lookup.
     */
    private static final Pattern WELL_FORMED = Pattern.compile("pfg_[A-Za-z0-9_-]{32,200}");

    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {}

    /** A new secret. */
    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a string has the shape of a secret; says nothing about whether a token has it. */
    public static boolean isWellFormed(String secret) {
        return secret != null
                && secret.length() <= 204
                && WELL_FORMED.matcher(secret).matches();
    }

    /** The stored form of a secret: lower-case hex SHA-256 of its UTF-8 bytes. */
    public static String hash(String secret) {
        return HexFormat.of().formatHex(digest(secret));
    }

    /** Compares a secret with a stored hash in constant time. */
    public static boolean matches(String secret, String storedHash) {
        return MessageDigest.isEqual(
                hash(secret).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] digest(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
