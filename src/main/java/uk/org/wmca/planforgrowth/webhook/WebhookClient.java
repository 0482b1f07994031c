package uk.org.wmca.planforgrowth.webhook;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;

/**
 * Sends one delivery over HTTP to the address {@link WebhookTargets} checked: the connection goes to that IP, while
 * the request carries the URL's host in {@code Host} (and, over TLS, in SNI and the certificate check), so a name
 * cannot resolve to another address between the check and the connection. No redirects are followed.
 */
final class WebhookClient implements AutoCloseable {

    /** How an exchange ended: the status, or why there is none. */
    record Answer(Integer status, String error) {}

    private final Vertx vertx;
    private final HttpClient client;
    private final Duration requestTimeout;

    WebhookClient(Vertx vertx, Duration connectTimeout, Duration requestTimeout) {
        this.vertx = vertx;
        this.requestTimeout = requestTimeout;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()))
                .setKeepAlive(false)
                .setVerifyHost(true)
                .setTrustAll(false));
    }

    /** POSTs the body to the target; completes with the status, or the error, within the request timeout. */
    CompletableFuture<Answer> post(WebhookTargets.Target target, Map<String, String> headers, String body) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(
                        target.port(), target.address().getHostAddress().replaceFirst("%.*", "")))
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.https())
                .setURI(target.requestTarget())
                .setFollowRedirects(false)
                .setTimeout(requestTimeout.toMillis());
        headers.forEach(options::putHeader);
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        client.request(options)
                .compose(request -> request.send(Buffer.buffer(body)))
                .compose(response -> {
                    response.handler(ignored -> {}); // the body is not kept
                    return response.end().map(done -> response.statusCode());
                })
                .onComplete(result -> answer.complete(
                        result.succeeded()
                                ? new Answer(result.result(), null)
                                : new Answer(null, describe(result.cause()))));
        // A subscriber that trickles its answer gets no longer than the timeout in all
        long timer =
                vertx.setTimer(requestTimeout.toMillis() + 1000, id -> answer.complete(new Answer(null, "Timed out")));
        answer.whenComplete((done, failure) -> vertx.cancelTimer(timer));
        return answer;
    }

    private static String describe(Throwable cause) {
        if (cause instanceof TimeoutException
                || cause.getClass().getSimpleName().contains("Timeout")) {
            return "Timed out";
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    @Override
    public void close() {
        client.close();
    }
}
