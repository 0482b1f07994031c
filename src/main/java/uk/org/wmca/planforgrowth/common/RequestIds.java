package uk.org.wmca.planforgrowth.common;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import uk.org.wmca.planforgrowth.http.EdgeOrder;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is well-formed, else a new UUID. The id is
 * echoed in the response header, put on the request for the problem mapper, and into the log context.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void register(@Observes Router router) {
        router.route().order(EdgeOrder.REQUEST_IDS).handler(context -> {
            String id = ensure(context);
            MDC.put("requestId", id);
            context.addEndHandler(done -> MDC.remove("requestId"));
            context.next();
        });
    }

    /**
     * The request's id, given to it now if it has none yet (also for a request that failed before this handler ran):
     * the caller's when well-formed, else a new one; set on the request and echoed on the response.
     */
    public static String ensure(RoutingContext context) {
        String id = context.request().getHeader(HEADER);
        if (id == null || !WELL_FORMED.matcher(id).matches()) {
            id = newId();
            context.request().headers().set(HEADER, id);
        }
        context.response().headers().set(HEADER, id);
        return id;
    }

    /**
     * A random version-4 UUID. Request ids need to be unique, not secret, so this draws on {@link ThreadLocalRandom}
     * rather than {@link UUID#randomUUID()}, whose shared SecureRandom showed up in profiles of the read path.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
