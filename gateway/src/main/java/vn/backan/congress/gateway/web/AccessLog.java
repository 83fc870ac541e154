package vn.backan.congress.gateway.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.jboss.logging.Logger;
import vn.backan.congress.commons.web.RequestIds;
import vn.backan.congress.commons.tracing.TraceIds;

/**
 * One line per request answered, in the category {@code gateway.access}: method, route, upstream,
 * status, duration, request id and trace id. Never the path, the query, a header or a body, so no token, API
 * key or personal data reaches the logs; the route says which part of the API was asked.
 */
@ApplicationScoped
public class AccessLog {

    /** Set by the route that answers: its name, and the upstream it forwarded to, if any. */
    public static final String ROUTE = "gateway.route";
    public static final String UPSTREAM = "gateway.upstream";

    private static final Logger LOG = Logger.getLogger("gateway.access");

    void register(@Observes Filters filters) {
        filters.register(ctx -> {
            long start = System.nanoTime();
            ctx.addEndHandler(ended -> log(ctx, System.nanoTime() - start));
            ctx.next();
        }, SecurityHeadersFilter.PRIORITY + 1);
    }

    private static void log(RoutingContext ctx, long nanos) {
        Object route = ctx.get(ROUTE);
        Object upstream = ctx.get(UPSTREAM);
        LOG.infof("method=%s route=%s upstream=%s status=%d durationMs=%s requestId=%s traceId=%s",
                ctx.request().method().name(), route == null ? "gateway" : route, upstream == null ? "-" : upstream,
                ctx.response().getStatusCode(), String.format(Locale.ROOT, "%.1f", nanos / 1e6),
                ctx.<Object>get(RequestIds.KEY), TraceIds.current());
    }
}
