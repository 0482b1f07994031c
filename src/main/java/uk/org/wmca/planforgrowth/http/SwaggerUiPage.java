package uk.org.wmca.planforgrowth.http;

import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline scripts of the Swagger UI page, as CSP hash sources. Quarkus writes the page at build time, with two
 * inline scripts that start the UI; hashing them lets the page run under a policy without {@code 'unsafe-inline'}.
 */
final class SwaggerUiPage {

    /** Where the Quarkus build puts the generated page (extension {@code quarkus-swagger-ui}, SmallRye's UI). */
    static final String GENERATED_PAGE =
            "META-INF/io.smallrye_smallrye-open-api-ui__jar/META-INF/resources/openapi-ui/index.html";

    private static final Pattern INLINE_SCRIPT =
            Pattern.compile("<script(?![^>]*\\bsrc\\s*=)[^>]*>(.*?)</script>", Pattern.DOTALL);

    private SwaggerUiPage() {}

    /** The hash sources of the generated page's inline scripts, or empty when the page is not on the class path. */
    static Optional<String> inlineScriptHashes() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader == null ? null : loader.getResourceAsStream(GENERATED_PAGE)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(String.join(" ", hashes(new String(in.readAllBytes(), StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code 'sha256-…'} of every inline script of a page, in page order. */
    static List<String> hashes(String html) {
        List<String> hashes = new ArrayList<>();
        Matcher matcher = INLINE_SCRIPT.matcher(html);
        while (matcher.find()) {
            hashes.add(hash(matcher.group(1)));
        }
        return hashes;
    }

    static String hash(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The configured policy with its {@code {inline-script-hashes}} filled in. The packaged app has the generated page
     * on its class path; in dev and test mode Quarkus serves it from a folder of its own, and then, as in the unlikely
     * case of an upgrade that moves the page, inline scripts are allowed as a whole so that Swagger UI keeps working.
     * {@code PackagedApplicationIT} checks that the packaged app allows exactly the page's scripts.
     */
    static String policy(String configured) {
        String placeholder = "{inline-script-hashes}";
        if (!configured.contains(placeholder)) {
            return configured;
        }
        Optional<String> hashes = inlineScriptHashes();
        if (hashes.isEmpty()) {
            if (LaunchMode.current() == LaunchMode.NORMAL) {
                Log.warnf("Swagger UI page not found at %s; its policy allows inline scripts", GENERATED_PAGE);
            } else {
                Log.debugf("Swagger UI page served from outside the class path; its policy allows inline scripts");
            }
        }
        return configured.replace(placeholder, hashes.orElse("'unsafe-inline'"));
    }
}
