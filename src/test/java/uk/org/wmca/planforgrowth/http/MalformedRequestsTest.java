package uk.org.wmca.planforgrowth.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests that a normal client would refuse to send, over a socket: each is answered with an RFC 9457 problem of the
 * right status, with {@code X-Request-Id} and the security headers, whichever layer refuses it.
 */
@QuarkusTest
class MalformedRequestsTest {

    @TestHTTPResource("/")
    URL base;

    private RawHttp http() {
        return new RawHttp(base, 10_000);
    }

    static void assertProblem(RawHttp.Answer answer, int status) {
        assertEquals(status, answer.status(), answer::toString);
        assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), answer::toString);
        String id = answer.header("X-Request-Id");
        assertNotNull(id, answer::toString);
        assertTrue(answer.body().contains("\"requestId\":\"" + id + "\""), answer::toString);
        assertTrue(answer.body().contains("\"status\":" + status), answer::toString);
        assertEquals("nosniff", answer.header("X-Content-Type-Options"), answer::toString);
        assertEquals("DENY", answer.header("X-Frame-Options"), answer::toString);
        assertNotNull(answer.header("Content-Security-Policy"), answer::toString);
        assertEquals("no-referrer", answer.header("Referrer-Policy"), answer::toString);
        assertFalse(answer.body().contains("java."), "no Java class names: " + answer);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                ";",
                ";;",
                "text/html, ;",
                ",",
                "",
                " ",
                "application/",
                "/json",
                "application/json;q=NaN",
                "*/*;q=2"
            })
    void shouldNeverFailOnAnAcceptHeader(String accept) {
        for (String path : new String[] {"/api/v1/clusters", "/api/v1/clusters/creative-content-gaming", "/"}) {
            RawHttp.Answer answer = http().get(path, "Accept: " + accept);
            assertTrue(answer.status() < 500, answer::toString);
            if (answer.status() >= 400) {
                assertProblem(answer, answer.status());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/clusters?q=a\"b",
                "/api/v1/clusters?q=<x>",
                "/api/v1/clusters?q={x}",
                "/api/v1/clusters?q=a\\b",
                "/api/v1/clusters?q=a|b",
                "/api/v1/clusters?q=a^b",
                "/api/v1/clusters?q=a`b",
                "/api/v1/clu<sters",
                "/api/v1/clusters?q=%",
                "/api/v1/clusters?q=%zz",
                "/api/v1/clu%zzsters",
                "/api/v1/clusters/%ff",
                "/api/v1/search?q=%c3",
                "/api/v1/themes/%00",
                "/api/v1/clusters?q=a%00b",
                "/api/v1/places?kind=%00"
            })
    void shouldAnswerAnInvalidTargetWithAProblem(String target) {
        assertProblem(http().get(target), 400);
    }

    @Test
    void shouldAnswerATargetThatIsNotAPathWithAProblem() {
        RawHttp.Answer answer = http().get("nope");
        assertTrue(answer.status() == 400 || answer.status() == 404, answer::toString);
        assertProblem(answer, answer.status());
    }

    @Test
    void shouldServeRawUtf8AsUtf8() {
        byte[] request = ("GET /api/v1/search?q=BATTER\u00dd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        RawHttp.Answer answer = http().send(request);
        assertEquals(200, answer.status(), answer::toString);
        assertTrue(answer.header("Link").contains("q=BATTER%C3%9D"), answer::toString);
    }

    @Test
    void shouldRefuseRawBytesThatAreNotUtf8() {
        byte[] start = "GET /api/v1/search?q=BATTER".getBytes(StandardCharsets.US_ASCII);
        byte[] end = " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[start.length + 1 + end.length];
        System.arraycopy(start, 0, request, 0, start.length);
        request[start.length] = (byte) 0xC3;
        System.arraycopy(end, 0, request, start.length + 1, end.length);
        assertProblem(http().send(request), 400);
    }

    @Test
    void shouldAnswerAnOverLongTargetWith414() {
        assertProblem(http().get("/api/v1/clusters?q=" + "a".repeat(9000)), 414);
    }

    @Test
    void shouldAnswerOverLargeHeadersWith431() {
        assertProblem(http().get("/api/v1/clusters", "X-Big: " + "a".repeat(20_000)), 431);
    }

    @Test
    void shouldAnswerAMissingHostWith400() {
        RawHttp.Answer answer = http().send("GET /api/v1/clusters HTTP/1.1\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        assertProblem(answer, 400);
        assertTrue(answer.body().contains("Host"), answer::toString);
    }

    @Test
    void shouldRefuseTwoHostHeadersAndClose() {
        RawHttp.Answer answer = http().send("GET /api/v1/clusters HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        assertProblem(answer, 400);
        assertFalse(answer.timedOut(), "the connection is closed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xchunked", "gzip"})
    void shouldRefuseAmbiguousFramingAndClose(String coding) {
        RawHttp.Answer answer = http().send(("POST /api/v1/clusters HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n"
                        + "Transfer-Encoding: " + coding + "\r\n\r\nhello")
                .getBytes(StandardCharsets.US_ASCII));
        assertProblem(answer, 400);
        assertFalse(answer.timedOut(), "the connection is closed");
    }

    @Test
    void shouldRefuseAnUnknownCodingAlone() {
        RawHttp.Answer answer = http().send(
                        "POST /api/v1/clusters HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: xchunked\r\n\r\nhello"
                                .getBytes(StandardCharsets.US_ASCII));
        assertProblem(answer, 400);
        assertFalse(answer.timedOut(), "the connection is closed");
    }

    /**
     * Content-Length with Transfer-Encoding: chunked, two Content-Lengths, a request line with a raw space, and a header value with a
     * control character are refused by the HTTP parser itself, before any handler of ours can run: a bare 400 (no
     * body, no request id) and the connection closed. Quarkus 3.33 gives an application no way to replace that answer
     * (docs/security.md, "Left to the HTTP parser", says exactly why); this test documents it as it is.
     */
    @Test
    void shouldRefuseWhatTheParserCannotReadAndClose() {
        assertParserRefusal(http().send(("POST /api/v1/clusters HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII)));
        assertParserRefusal(http().send(("POST /api/v1/clusters HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n"
                        + "Content-Length: 6\r\n\r\nhello!")
                .getBytes(StandardCharsets.US_ASCII)));
        assertParserRefusal(
                http().send("GET /api/v1/clu sters HTTP/1.1\r\nHost: a\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
        for (String value : new String[] {"a\u0007b", "a\u0000b", "\u001b[31m", "a\u007fb", "a\rb"}) {
            assertParserRefusal(
                    http().send(("GET /api/v1/clusters HTTP/1.1\r\nHost: a\r\nAccept: " + value + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII)));
        }
    }

    private static void assertParserRefusal(RawHttp.Answer answer) {
        assertEquals(400, answer.status(), answer::toString);
        assertEquals("", answer.body(), answer::toString);
        assertEquals(null, answer.header("X-Request-Id"), answer::toString);
        assertFalse(answer.timedOut(), "the connection is closed");
    }
}
