package uk.org.wmca.planforgrowth.http;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.org.wmca.planforgrowth.TestDatabases;
import uk.org.wmca.planforgrowth.Tokens;

/**
 * A body that trickles in, a byte every 300 ms (each well inside the idle timeout, so the idle timeout never fires),
 * is cut at the body deadline: with {@code pfg.http.body-timeout} at 2 s and the idle timeout at 10 s, the server
 * answers 408 problem+json with a request id and the security headers and closes the connection after about 2 s. A
 * body that arrives in time is served as usual.
 */
@QuarkusTest
@TestProfile(BodyDeadlineTest.ShortBodyDeadline.class)
class BodyDeadlineTest {

    public static class ShortBodyDeadline implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.url",
                    TestDatabases.url("body-deadline"),
                    "quarkus.http.idle-timeout",
                    "10s",
                    "pfg.http.body-timeout",
                    "2s");
        }
    }

    private static final String BODY = "{\"name\": \"body deadline test\", \"role\": \"editor\"}";

    @Test
    void aTricklingBodyIsCutAtTheDeadlineWithAProblem() throws Exception {
        long start = System.nanoTime();
        String answer = exchange(300);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(answer.startsWith("HTTP/1.1 408 "), answer);
        String lower = answer.toLowerCase(Locale.ROOT);
        assertTrue(lower.contains("content-type: application/problem+json"), answer);
        assertTrue(answer.contains("\"status\":408"), answer);
        assertTrue(lower.contains("x-content-type-options: nosniff"), answer);
        assertTrue(lower.contains("connection: close"), answer);
        String requestId = header(answer, "x-request-id");
        assertNotNull(requestId, answer);
        assertTrue(answer.contains("\"requestId\":\"" + requestId + "\""), answer);
        assertTrue(millis >= 1_800, "cut after " + millis + " ms, before the deadline");
        assertTrue(millis < 8_000, "cut only after " + millis + " ms");
    }

    @Test
    void aBodyThatArrivesInTimeIsServed() throws Exception {
        String answer = exchange(0);
        assertTrue(answer.startsWith("HTTP/1.1 201 "), answer);
    }

    /** Creates a token, sending the body a byte at a time with the pause between; the whole answer, as text. */
    private static String exchange(long pauseMillis) throws IOException, InterruptedException {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/v1/admin/tokens HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Authorization: Bearer " + Tokens.admin() + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n";
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
            try {
                if (pauseMillis == 0) {
                    out.write(body);
                    out.flush();
                } else {
                    // one byte per pause, on a schedule; a write that fails (the server closed) ends the schedule
                    AtomicInteger next = new AtomicInteger();
                    trickle.scheduleAtFixedRate(
                            () -> {
                                int i = next.getAndIncrement();
                                if (i >= body.length) {
                                    throw new CancellationException("whole body sent");
                                }
                                try {
                                    out.write(body[i]);
                                    out.flush();
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            },
                            pauseMillis,
                            pauseMillis,
                            TimeUnit.MILLISECONDS);
                }
            } catch (IOException e) {
                // the server closed the connection while the body was still coming: its answer is read below
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    received.write(buffer, 0, n);
                }
            } catch (IOException e) {
                // a reset after the answer: what was read counts
            }
            trickle.shutdownNow();
            return received.toString(StandardCharsets.UTF_8);
        }
    }

    private static String header(String answer, String name) {
        for (String line : answer.split("\r\n")) {
            if (line.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }
}
