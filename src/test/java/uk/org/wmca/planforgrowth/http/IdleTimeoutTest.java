package uk.org.wmca.planforgrowth.http;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Stalled connections are cut: with {@code quarkus.http.idle-timeout} at 2 s, a raw socket that sends nothing, stops
 * in the middle of its headers, or stops in the middle of its body is closed by the server within a few seconds.
 */
@QuarkusTest
@TestProfile(IdleTimeoutTest.ShortIdleTimeout.class)
class IdleTimeoutTest {

    public static class ShortIdleTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.idle-timeout", "2s");
        }
    }

    @Test
    void aConnectionThatSendsNothingIsClosed() throws Exception {
        assertClosedAfterStalling("");
    }

    @Test
    void aConnectionThatStopsInItsHeadersIsClosed() throws Exception {
        assertClosedAfterStalling("GET /api/v1/plan HTTP/1.1\r\nHost: localhost\r\nAccept: applic");
    }

    @Test
    void aConnectionThatStopsInItsBodyIsClosed() throws Exception {
        assertClosedAfterStalling("POST /api/v1/admin/tokens HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"name\": ");
    }

    /** Sends the bytes, then nothing: the server must close the connection after about the idle timeout. */
    private static void assertClosedAfterStalling(String sent) throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(15_000);
            long start = System.nanoTime();
            OutputStream out = socket.getOutputStream();
            out.write(sent.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            try {
                while (in.read() >= 0) {
                    // whatever the server says before it closes (nothing, or an error) is read and dropped
                }
            } catch (SocketTimeoutException e) {
                throw new AssertionError("still open after 15 s: " + sent.replace("\r\n", "\\r\\n"), e);
            } catch (java.net.SocketException e) {
                // a reset is a close too
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis >= 1_500, "closed after " + millis + " ms, before the idle timeout");
            assertTrue(millis < 10_000, "closed only after " + millis + " ms");
        }
    }
}
