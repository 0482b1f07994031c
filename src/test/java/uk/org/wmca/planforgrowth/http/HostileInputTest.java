package uk.org.wmca.planforgrowth.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Every public route times a few hundred hostile values, in each of its query parameters, its path segment and the
 * request headers a client controls: no answer is a 5xx, none hangs, and every 4xx is a problem with a request id.
 * The values are generated here (the classic classes of the "big list of naughty strings": empty and blank,
 * control characters, every ASCII punctuation mark, reserved words, numbers at and past every boundary, injection
 * and template payloads, traversal, escapes good and bad, Unicode edge cases, very long strings) plus seeded random
 * strings, so the test needs nothing from outside the build. It prints how many requests it sent.
 */
@QuarkusTest
class HostileInputTest {

    private static final List<String> LISTS =
            List.of("themes", "clusters", "interventions", "places", "facts", "sources");
    private static final List<String> LIST_PARAMETERS =
            List.of("page", "size", "sort", "fields", "include", "format", "q", "kind");

    @TestHTTPResource("/")
    URL base;

    /** A request target and headers to send. */
    record Probe(String target, List<String> headers) {}

    @Test
    void shouldNeverFailOnHostileInput() throws InterruptedException {
        List<String> values = values();
        List<Probe> probes = new ArrayList<>();
        for (String value : values) {
            String query = URLEncoder.encode(value, StandardCharsets.UTF_8);
            String segment = query.replace("+", "%20");
            for (String list : LISTS) {
                for (String parameter : LIST_PARAMETERS) {
                    probes.add(new Probe("/api/v1/" + list + "?" + parameter + "=" + query, List.of()));
                }
                probes.add(new Probe("/api/v1/" + list + "/" + segment, List.of()));
                probes.add(new Probe("/api/v1/" + list + "?filter[" + segment + "]=" + query, List.of()));
            }
            for (String card : List.of("clusters", "themes", "places")) {
                probes.add(new Probe("/embed/" + card + "/" + segment, List.of()));
                probes.add(new Probe("/embed/" + card + "/birmingham?theme=" + query, List.of()));
            }
            probes.add(new Probe("/api/v1/clusters/creative-content-gaming?format=" + query, List.of()));
            probes.add(new Probe("/api/v1/places/birmingham?fields=" + query, List.of()));
            probes.add(new Probe("/oembed?url=" + query, List.of()));
            probes.add(new Probe("/oembed?url=http%3A%2F%2Flocalhost%2Fembed%2Fclusters%2F" + query, List.of()));
            probes.add(new Probe("/oembed?url=x&maxwidth=" + query + "&format=" + query, List.of()));
            probes.add(new Probe("/api/v1/search?q=" + query, List.of()));
            probes.add(new Probe("/api/v1/search?q=bus&type=" + query + "&page=" + query, List.of()));
            probes.add(new Probe("/api/v1/changes?since=" + query, List.of()));
            probes.add(new Probe("/api/v1/changes?limit=" + query, List.of()));
            probes.add(new Probe("/api/v1/changes.atom?since=" + query, List.of()));
            probes.add(new Probe("/api/v1/plan?fields=" + query, List.of()));
            probes.add(new Probe("/api/v1/" + segment, List.of()));
            probes.add(new Probe("/api/v1?" + query + "=" + query, List.of()));
            probes.add(new Probe("/?" + query + "=1", List.of()));
            probes.add(new Probe("/" + segment, List.of()));
            probes.add(new Probe("/q/openapi?format=" + query, List.of()));
            probes.add(new Probe("/api/v1/drafts?page=" + query, List.of())); // needs a token: 401 first
            // Header values with control characters are sent too. Most are not field values (RFC 9110) and the HTTP
            // parser refuses the request itself, before any handler runs, with a bare 400 and a closed connection:
            // that answer is counted apart and allowed only for them (docs/security.md says why it cannot be a
            // problem). A CR LF inside a value splits it into two header lines, each valid, and is answered as such.
            String header = value;
            for (String name : List.of(
                    "Accept",
                    "Accept-Encoding",
                    "If-None-Match",
                    "If-Modified-Since",
                    "Authorization",
                    "Origin",
                    "X-Request-Id",
                    "Accept-Language",
                    "Content-Type")) {
                for (String target : List.of(
                        "/api/v1/clusters",
                        "/api/v1/clusters/creative-content-gaming",
                        "/embed/clusters/creative-content-gaming",
                        "/api/v1/changes",
                        "/api/v1/admin/tokens")) {
                    probes.add(new Probe(target, List.of(name + ": " + header)));
                }
            }
        }
        probes.add(new Probe("/api/v1/clusters", List.of("Authorization: Bearer")));

        RawHttp http = new RawHttp(base, 15_000);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger serverErrors = new AtomicInteger();
        AtomicInteger bareErrors = new AtomicInteger();
        AtomicInteger hangs = new AtomicInteger();
        AtomicInteger parserRefusals = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (Probe probe : probes) {
            pool.execute(() -> {
                RawHttp.Answer answer = http.get(probe.target(), probe.headers().toArray(String[]::new));
                String what = probe.target() + " " + probe.headers() + " -> " + answer;
                if (answer.timedOut() || answer.status() < 0) {
                    hangs.incrementAndGet();
                    failures.add("no answer: " + what);
                } else if (answer.status() >= 500 && !isOEmbedFormatRefusal(probe.target(), answer)) {
                    serverErrors.incrementAndGet();
                    failures.add("5xx: " + what);
                } else if (answer.status() >= 400 && !isProblem(answer)) {
                    if (hasControlCharacter(probe.headers()) && isParserRefusal(answer)) {
                        parserRefusals.incrementAndGet();
                    } else {
                        bareErrors.incrementAndGet();
                        failures.add("not a problem: " + what);
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        System.out.printf(
                "Hostile input: %d values, %d requests sent; %d 5xx, %d errors without a problem, %d hangs;"
                        + " %d refused by the HTTP parser (a control character in a header value: bare 400, closed)%n",
                values.size(), probes.size(), serverErrors.get(), bareErrors.get(), hangs.get(), parserRefusals.get());
        assertEquals(
                List.of(),
                failures.stream().limit(20).toList(),
                failures.size() + " of " + probes.size() + " requests failed");
    }

    /**
     * oEmbed 1.0 (section 2.3.4) answers a format the provider cannot produce with 501 Not Implemented; that is the
     * one 5xx the contract has, and it must still be a problem. Any other 5xx from /oembed is a failure.
     */
    private static boolean isOEmbedFormatRefusal(String target, RawHttp.Answer answer) {
        return answer.status() == 501
                && target.startsWith("/oembed?")
                && target.contains("format=")
                && !target.contains("format=json&")
                && !target.endsWith("format=json")
                && isProblem(answer);
    }

    /** Whether a header line holds a control character other than a tab (CR LF between lines excepted). */
    private static boolean hasControlCharacter(List<String> headers) {
        return headers.stream().anyMatch(line -> line.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7f));
    }

    /**
     * The HTTP parser's own refusal of a request it cannot read (Vert.x's default invalid-request handler): a 400
     * with no body, after which the server closes the connection (so the read ended without a timeout).
     */
    private static boolean isParserRefusal(RawHttp.Answer answer) {
        return answer.status() == 400
                && answer.body().isEmpty()
                && answer.header("Content-Type") == null
                && !answer.timedOut();
    }

    private static boolean isProblem(RawHttp.Answer answer) {
        String type = answer.header("Content-Type");
        String id = answer.header("X-Request-Id");
        return type != null
                && type.startsWith("application/problem+json")
                && id != null
                && answer.body().contains("\"requestId\":\"" + id + "\"")
                && "nosniff".equals(answer.header("X-Content-Type-Options"));
    }

    /** A few hundred hostile values, the same on every run. */
    static List<String> values() {
        Set<String> values = new LinkedHashSet<>(List.of(
                "",
                " ",
                "  ",
                "\t",
                "null",
                "NULL",
                "undefined",
                "nil",
                "None",
                "true",
                "false",
                "[]",
                "{}",
                "[object Object]",
                "0",
                "-0",
                "1",
                "-1",
                "00",
                "01",
                "0.0",
                "1.5",
                "-1.5",
                "1e3",
                "1E309",
                "-1e309",
                "NaN",
                "Infinity",
                "-Infinity",
                "0x10",
                "0b1",
                "1_000",
                "2147483647",
                "2147483648",
                "-2147483649",
                "9223372036854775807",
                "9223372036854775808",
                "99999999999999999999999999999999",
                "1,2",
                "1;2",
                " 1",
                "1 ",
                "+1",
                "½",
                "١٢٣",
                "１２３",
                "'",
                "\"",
                "''",
                "\"\"",
                "`",
                "\\",
                "\\\\",
                "/",
                "//",
                "..",
                "../",
                "../../etc/passwd",
                "..\\..\\windows\\win.ini",
                "%",
                "%%",
                "%00",
                "%2e%2e%2f",
                "%252e",
                "%zz",
                "%c3",
                "%ff%fe",
                "%u0000",
                "\u0000",
                "a\u0000b",
                "\u0007",
                "\u001b[31m",
                "\u007f",
                "<script>alert(1)</script>",
                "\"><img src=x onerror=alert(1)>",
                "javascript:alert(1)",
                "' OR '1'='1",
                "'; DROP TABLE place; --",
                "1' AND SLEEP(5)--",
                "\" OR \"\"=\"",
                "admin'--",
                "${jndi:ldap://127.0.0.1/a}",
                "${7*7}",
                "{{7*7}}",
                "#{7*7}",
                "<%= 7*7 %>",
                "%s%s%s%n",
                "%x%x",
                "{0}",
                "$(reboot)",
                "`reboot`",
                "; ls",
                "| id",
                "&& id",
                "\r\nSet-Cookie: a=b",
                "a\nb",
                "a\rb",
                "=cmd|' /C calc'!A0",
                "+SUM(1,1)",
                "-2+3",
                "@SUM(1)",
                "=HYPERLINK(\"http://x\")",
                "http://169.254.169.254/",
                "file:///etc/passwd",
                "http://[::1]/",
                "//evil.example",
                "data:,x",
                "*",
                "**",
                "*/*",
                "?",
                "#",
                "#fragment",
                "&",
                "&&",
                "=",
                "==",
                "a=b",
                "a&b=c",
                "[",
                "]",
                "[]=",
                "filter[a]",
                "a.b.c",
                "a..b",
                ".",
                "...",
                "-",
                "--",
                "_",
                "~",
                "!",
                "@",
                "$",
                "^",
                "(",
                ")",
                "|",
                ";",
                ":",
                ",",
                "<",
                ">",
                "{",
                "}",
                "+",
                "clusters,themes",
                "name,-name",
                "-",
                "+name",
                "name:asc",
                "creative-content-gaming",
                "CREATIVE-CONTENT-GAMING",
                "Advanced Manufacturing",
                "E08000025",
                "e08000025",
                "E0800002",
                "E080000255",
                "birmingham ",
                " birmingham",
                "birmingham\t",
                "Ω",
                "Ωmega",
                "𝕏",
                "😀",
                "👨‍👩‍👧‍👦",
                "🏴󠁧󠁢󠁳󠁣󠁴󠁿",
                "\uFEFF",
                "\u200B",
                "\u200E",
                "\u202E" + "txt.exe",
                "\u2028",
                "\u00A0",
                "Z̴̡̖͉͎̻̦̤̯̩̥͕̋̌̿̒͋͑̕ā̸̡͕͇̞͍̬̫̬̩̫̰̲̋̀̆͋̄̋̕l̵",
                "ﷺ",
                "Ǆ",
                "ß",
                "İ",
                "ı",
                "ǅ",
                "𝓽𝓮𝓼𝓽",
                "مرحبا",
                "שלום",
                "日本語",
                "한국어",
                "ภาษาไทย",
                "ÅÍÎÏ˝ÓÔÒÚÆ☃",
                "Œ„´‰ˇÁ¨ˆØ∏”’",
                "\uD83D",
                "\uDE00",
                "a".repeat(100),
                "a".repeat(1000),
                "a".repeat(5000),
                "1".repeat(400),
                "-".repeat(300),
                "%".repeat(50),
                "\\u0000",
                "\\x00",
                "&#0;",
                "&lt;",
                "&amp;",
                "<!--",
                "]]>",
                "<![CDATA[x]]>",
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
                "{\"a\":1}",
                "[1,2]",
                "\"a\"",
                "W/\"x\"",
                "\"x\", W/\"y\"",
                "*, \"x\"",
                "W/",
                "Mon, 32 Dec 2026",
                "Thu, 01 Jan 1970 00:00:00 GMT",
                "Fri, 31 Dec 9999 23:59:59 GMT",
                "-1 GMT",
                "Bearer",
                "Bearer ",
                "Bearer x",
                "Bearer pfg_",
                "Bearer pfg_" + "a".repeat(300),
                "Basic YTpi",
                "bearer  a b",
                "Negotiate x",
                "null://x",
                "http://",
                "https://evil.example",
                "http://localhost:1",
                "ftp://x",
                "text/csv;q=",
                "text/csv;q=x",
                "text/csv;;",
                ";q=1",
                "application/",
                "/json",
                "*/json",
                "application/json;charset=ebcdic",
                "gzip;q=2",
                "br, *;q=NaN",
                "identity;q=0",
                "*;q=0"));
        Random random = new Random(14);
        String[] alphabets = {
            "abcdefghijklmnopqrstuvwxyz0123456789-",
            "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ ",
            "\u00e9\u00fc\u00df\u4e2d\u0416\u05d0",
        };
        while (values.size() < 300) {
            StringBuilder value = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int i = 0; i < length; i++) {
                int kind = random.nextInt(10);
                if (kind == 0) {
                    value.append((char) random.nextInt(32)); // a control character
                } else if (kind == 1) {
                    value.appendCodePoint(0x80 + random.nextInt(0x2FF80)); // anything in the first planes
                } else {
                    String alphabet = alphabets[random.nextInt(alphabets.length)];
                    value.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            values.add(value.toString());
        }
        return new ArrayList<>(values);
    }
}
