package uk.org.wmca.planforgrowth.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.MultiMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of the edge handlers that need no running app: path prefixes, Vary merging, HSTS, script hashes. */
class EdgeRulesTest {

    @Test
    void shouldMatchAPrefixAndWhatIsBelowItOnly() {
        PathPrefixes prefixes = PathPrefixes.of(List.of("/api/v1", " /embed/ ", ""));
        assertTrue(prefixes.matches("/api/v1"));
        assertTrue(prefixes.matches("/api/v1/clusters"));
        assertTrue(prefixes.matches("/embed"));
        assertTrue(prefixes.matches("/embed/places/E08000025"));
        assertFalse(prefixes.matches("/api/v10"));
        assertFalse(prefixes.matches("/embedded"));
        assertFalse(prefixes.matches("/q/health"));
        assertFalse(prefixes.matches("/"));
    }

    @Test
    void shouldMergeOriginIntoVaryOnce() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().set("Vary", "Accept, Accept-Encoding");
        CrossOrigin.addVary(headers, "Origin");
        CrossOrigin.addVary(headers, "Origin");
        assertEquals("Accept, Accept-Encoding, Origin", headers.get("Vary"));
        MultiMap empty = MultiMap.caseInsensitiveMultiMap();
        CrossOrigin.addVary(empty, "Origin");
        assertEquals("Origin", empty.get("Vary"));
        MultiMap star = MultiMap.caseInsensitiveMultiMap().set("Vary", "*");
        CrossOrigin.addVary(star, "Origin");
        assertEquals("*", star.get("Vary"));
    }

    @Test
    void shouldSendHstsOnlyWhenEnabled() {
        MultiMap off = MultiMap.caseInsensitiveMultiMap();
        new SecurityHeaders(config(false, false), "/q/swagger-ui").apply("/api/v1", off);
        assertFalse(off.contains("Strict-Transport-Security"));

        MultiMap on = MultiMap.caseInsensitiveMultiMap();
        new SecurityHeaders(config(true, true), "/q/swagger-ui").apply("/api/v1", on);
        assertEquals("max-age=31536000; includeSubDomains", on.get("Strict-Transport-Security"));

        MultiMap embed = MultiMap.caseInsensitiveMultiMap().set("Content-Security-Policy", "style-src 'self'");
        new SecurityHeaders(config(true, false), "/q/swagger-ui").apply("/embed/themes/x", embed);
        assertEquals("max-age=31536000", embed.get("Strict-Transport-Security"));
        assertEquals("style-src 'self'", embed.get("Content-Security-Policy"), "an embed keeps its own policy");
        assertFalse(embed.contains("X-Frame-Options"));
    }

    @Test
    void shouldGiveTheLandingPageAPolicyWithTheHashesOfOurInlineStylesAndFramesOfOurOwn() {
        MultiMap landing = MultiMap.caseInsensitiveMultiMap();
        new SecurityHeaders(config(false, false), "/q/swagger-ui").apply("/", landing);
        String policy = landing.get("Content-Security-Policy");
        assertTrue(policy.contains("frame-src 'self'"), policy);
        for (String stylesheet : List.of(InlineStyles.LANDING, InlineStyles.CARD, InlineStyles.CARD_PAGE)) {
            assertTrue(policy.contains(SwaggerUiPage.hash(InlineStyles.text(stylesheet))), stylesheet);
        }
        assertFalse(policy.contains("{inline-style-hashes}"), policy);
        assertFalse(policy.contains("unsafe-inline"), policy);
        assertEquals("DENY", landing.get("X-Frame-Options"));

        MultiMap below = MultiMap.caseInsensitiveMultiMap();
        new SecurityHeaders(config(false, false), "/q/swagger-ui").apply("/index.html", below);
        assertEquals("default-src 'none'; frame-ancestors 'none'", below.get("Content-Security-Policy"));
    }

    @Test
    void shouldHashInlineScriptsButNotScriptsWithASource() {
        String page = "<script src=\"a.js\"></script><script>alert(1)</script>\n<script defer>\nx()\n</script>";
        List<String> hashes = SwaggerUiPage.hashes(page);
        assertEquals(List.of(SwaggerUiPage.hash("alert(1)"), SwaggerUiPage.hash("\nx()\n")), hashes);
        // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
        assertEquals("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='", SwaggerUiPage.hash("alert(1)"));
    }

    private static SecurityHeadersConfig config(boolean hsts, boolean subdomains) {
        return new SecurityHeadersConfig() {
            @Override
            public List<String> frameablePaths() {
                return List.of("/embed", "/oembed");
            }

            @Override
            public String contentSecurityPolicy() {
                return "default-src 'none'; frame-ancestors 'none'";
            }

            @Override
            public String swaggerUiContentSecurityPolicy() {
                return "script-src 'self'";
            }

            @Override
            public String frameableContentSecurityPolicy() {
                return "default-src 'none'";
            }

            @Override
            public String landingPageContentSecurityPolicy() {
                return "default-src 'none'; style-src {inline-style-hashes}; frame-src 'self'";
            }

            @Override
            public String referrerPolicy() {
                return "no-referrer";
            }

            @Override
            public HstsConfig hsts() {
                return new HstsConfig() {
                    @Override
                    public boolean enabled() {
                        return hsts;
                    }

                    @Override
                    public long maxAge() {
                        return 31536000;
                    }

                    @Override
                    public boolean includeSubdomains() {
                        return subdomains;
                    }
                };
            }
        };
    }

    @Test
    void shouldKeepTheConfiguredPolicyWithoutThePlaceholder() {
        assertEquals("script-src 'self'", SwaggerUiPage.policy("script-src 'self'"));
    }
}
