package uk.org.wmca.planforgrowth.common;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.org.wmca.planforgrowth.http.EdgeOrder;

/**
 * HTTP dates as RFC 9110 wants them sent: the IMF-fixdate ({@code Sun, 06 Dec 2026 10:00:00 GMT}, two-digit day),
 * which {@link DateTimeFormatter#RFC_1123_DATE_TIME} is not for days before the 10th. Also puts the {@code Date}
 * header (RFC 9110 section 6.6.1) on every response, whichever layer writes it: Vert.x sends none of its own.
 */
@ApplicationScoped
public class HttpDates {

    /** IMF-fixdate: fixed width, English names, always GMT. */
    public static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** The Date of the current second, formatted once per second rather than once per response. */
    private record Stamp(long second, String text) {}

    private volatile Stamp now = new Stamp(-1, "");

    /** An instant as an IMF-fixdate. */
    public static String format(Instant instant) {
        return IMF_FIXDATE.format(instant);
    }

    void register(@Observes Router router) {
        router.route().order(EdgeOrder.DATE).handler(context -> {
            context.addHeadersEndHandler(done -> {
                if (!context.response().headers().contains("Date")) {
                    context.response().headers().set("Date", now());
                }
            });
            context.next();
        });
    }

    String now() {
        long second = System.currentTimeMillis() / 1000;
        Stamp stamp = now;
        if (stamp.second() != second) {
            stamp = new Stamp(second, format(Instant.ofEpochSecond(second)));
            now = stamp;
        }
        return stamp.text();
    }
}
