package uk.org.wmca.planforgrowth.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shape of secrets, their hash, and the constant-time comparison. */
class TokenSecretsTest {

    @Test
    void shouldGenerateDistinctWellFormedSecretsOf256Bits() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String secret = TokenSecrets.generate();
            assertTrue(secret.matches("pfg_[A-Za-z0-9_-]{43}"), secret);
            assertTrue(TokenSecrets.isWellFormed(secret));
            assertTrue(seen.add(secret));
        }
    }

    @Test
    void shouldStoreTheHexSha256OfTheSecret() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TokenSecrets.hash("abc"));
        String secret = TokenSecrets.generate();
        assertTrue(TokenSecrets.hash(secret).matches("[0-9a-f]{64}"));
        assertTrue(TokenSecrets.matches(secret, TokenSecrets.hash(secret)));
        assertFalse(TokenSecrets.matches(secret, TokenSecrets.hash(TokenSecrets.generate())));
        assertNotEquals(TokenSecrets.hash(secret), TokenSecrets.hash(secret + "x"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "pfg_",
                "pfg_short",
                "PFG_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                "pfg_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa+",
                "pfg_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa=",
                "pfg_aaaaaaaaaaaaaaaa aaaaaaaaaaaaaaaaaaaaaaaaaa",
                "token_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            })
    void shouldRefuseStringsThatAreNotShapedLikeSecrets(String candidate) {
        assertFalse(TokenSecrets.isWellFormed(candidate));
    }

    @Test
    void shouldBoundTheLengthOfASecret() {
        assertTrue(TokenSecrets.isWellFormed("pfg_" + "a".repeat(32)));
        assertFalse(TokenSecrets.isWellFormed("pfg_" + "a".repeat(31)));
        assertTrue(TokenSecrets.isWellFormed("pfg_" + "a".repeat(200)));
        assertFalse(TokenSecrets.isWellFormed("pfg_" + "a".repeat(201)));
        assertFalse(TokenSecrets.isWellFormed(null));
    }
}
