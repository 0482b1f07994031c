package uk.org.wmca.planforgrowth.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.Vertx;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A delivery connects to the address that was checked and looks nothing up again: the subscriber's name is under
 * {@code .invalid}, which no DNS resolves, and only the check's resolver knows it (once); the request still arrives,
 * with the name in its Host header.
 */
class CheckedAddressDeliveryTest {

    @Test
    void deliveryGoesToTheCheckedAddressWithTheNameInHost() throws Exception {
        assertThrows(UnknownHostException.class, () -> InetAddress.getAllByName("subscriber.invalid"));
        AtomicInteger lookups = new AtomicInteger();
        WebhookTargets targets = new WebhookTargets(true, host -> {
            lookups.incrementAndGet();
            return new InetAddress[] {InetAddress.getLoopbackAddress()};
        });
        Vertx vertx = Vertx.vertx();
        try (Receiver receiver = Receiver.start();
                WebhookClient client = new WebhookClient(vertx, Duration.ofSeconds(5), Duration.ofSeconds(10))) {
            WebhookTargets.Checked checked =
                    targets.check("http://subscriber.invalid:" + receiver.port() + "/hooks/checked?x=1");
            assertNull(checked.refusal());
            WebhookClient.Answer answer = client.post(
                            checked.target(), Map.of("Content-Type", "application/json"), "{\"a\":1}")
                    .get(30, TimeUnit.SECONDS);

            assertEquals(new WebhookClient.Answer(200, null), answer);
            assertEquals(1, lookups.get(), "one lookup, by the check");
            List<Receiver.Received> received = receiver.received("/hooks/checked");
            assertEquals(1, received.size());
            assertEquals(
                    "subscriber.invalid:" + receiver.port(), received.get(0).header("Host"));
            assertEquals("{\"a\":1}", received.get(0).body());
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aSubscriberThatDoesNotAnswerTimesOut() throws Exception {
        Vertx vertx = Vertx.vertx();
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                WebhookClient client = new WebhookClient(vertx, Duration.ofSeconds(2), Duration.ofMillis(500))) {
            WebhookTargets.Checked checked =
                    new WebhookTargets(true).check("http://127.0.0.1:" + silent.getLocalPort() + "/");
            WebhookClient.Answer answer =
                    client.post(checked.target(), Map.of(), "{}").get(30, TimeUnit.SECONDS);
            assertEquals(new WebhookClient.Answer(null, "Timed out"), answer);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }
}
