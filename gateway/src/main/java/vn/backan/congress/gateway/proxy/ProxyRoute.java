package vn.backan.congress.gateway.proxy;

import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyOptions;
import java.util.Map;
import java.util.Optional;
import vn.backan.congress.commons.problem.Problems;
import vn.backan.congress.commons.web.MetricsPaths;
import vn.backan.congress.gateway.web.AccessLog;
import vn.backan.congress.commons.web.ProblemWriter;

/**
 * Forwards one request to its upstream, streaming both bodies (no BodyHandler runs first), after
 * the client's rate limit let it through. The {@code HttpProxy} is built per request, which is
 * just two small objects, so the interceptor can hold this request's RoutingContext; the costly
 * part, the upstream's client and its connection pool, is shared.
 */
final class ProxyRoute implements Handler<RoutingContext> {

    private static final ProxyOptions NO_WEBSOCKETS = new ProxyOptions().setSupportWebSocket(false);

    private final String routeName;
    private final String rateLimitGroup;
    private final Upstream upstream;
    private final Optional<String> stripPrefix;
    private final String pathTemplate;
    private final ProxySettings settings;

    ProxyRoute(String routeName, String rateLimitGroup, Upstream upstream, Optional<String> stripPrefix,
            String pathTemplate, ProxySettings settings) {
        this.routeName = routeName;
        this.rateLimitGroup = rateLimitGroup;
        this.upstream = upstream;
        this.stripPrefix = stripPrefix;
        this.pathTemplate = pathTemplate;
        this.settings = settings;
    }

    @Override
    public void handle(RoutingContext ctx) {
        // Quarkus' HTTP metrics (and tracing) tag requests with this template instead of the raw
        // path; without it every /api/v1/indicators/{code} would become its own time series.
        MetricsPaths.name(pathTemplate);
        ctx.put(AccessLog.ROUTE, routeName);
        ctx.put(AccessLog.UPSTREAM, upstream.name());
        long start = System.nanoTime();
        String method = ctx.request().method().name();
        ctx.addEndHandler(ended -> settings.metrics().exchange(routeName, upstream.name(), method,
                ctx.response().getStatusCode(), System.nanoTime() - start));
        if (!settings.rateLimiter().admit(ctx, rateLimitGroup) || !chunkedOrNone(ctx)) {
            return;
        }
        PublicReadCache.Ticket ticket = settings.readCache().ticket(ctx.request(), upstream.name());
        PublicReadCache.Kept kept = ticket == null ? null : settings.readCache().get(ticket);
        if (kept != null) {
            PublicReadCache.serve(ctx, kept, settings.compression());
            return;
        }
        if (ticket != null && ctx.request().method() == HttpMethod.GET && !hasBody(ctx)) {
            InFlightReads inFlight = settings.readCache().inFlight();
            InFlightReads.Fetch fetch = inFlight.join(ticket);
            if (!fetch.ledBy(ticket)) {
                await(ctx, ticket, fetch);
                return;
            }
            // Whatever becomes of this exchange, its waiters are let go when it ends (keepAndServe, if the
            // answer is kept, lets them go sooner, with it).
            ctx.addEndHandler(ended -> inFlight.finish(fetch, null));
            forward(ctx, ticket, fetch);
            return;
        }
        forward(ctx, ticket, null);
    }

    /** Serves the answer another read is fetching once it comes, on this request's own context. */
    private void await(RoutingContext ctx, PublicReadCache.Ticket ticket, InFlightReads.Fetch fetch) {
        Context own = Vertx.currentContext();
        fetch.answer().onComplete(done -> own.runOnContext(v -> {
            if (ctx.response().closed() || ctx.response().ended()) {
                return; // the client went away while it waited
            }
            if (done.succeeded() && done.result() != null) {
                PublicReadCache.serve(ctx, done.result(), settings.compression());
            } else {
                forward(ctx, ticket, null);
            }
        }));
    }

    private void forward(RoutingContext ctx, PublicReadCache.Ticket ticket, InFlightReads.Fetch fetch) {
        // No WebSocket pass-through: the API has none, and an upgrade would skip the interceptor (and so
        // the breaker and problem+json answers). An upgrade request is proxied as a plain request.
        HttpProxy.reverseProxy(NO_WEBSOCKETS, upstream.client())
                // Never asked: the interceptor sends every request itself (UpstreamCall); set for safety.
                .origin(proxyContext -> proxyContext.client().request(upstream.requestOptions()))
                .addInterceptor(new ExchangeInterceptor(ctx, upstream, stripPrefix, settings, ticket, fetch))
                .handle(ctx.request());
    }

    /** A read with a body is never made to wait: its body would have to be held meanwhile. */
    private static boolean hasBody(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        return length != null && !length.trim().equals("0") || ctx.request().getHeader("Transfer-Encoding") != null;
    }

    /**
     * vertx-http-proxy passes on only a body sent as exactly "chunked" and answers an empty 400
     * otherwise. Any spelling of chunked is made that; another coding (gzip, chunked) is one this
     * gateway does not implement: 501, as RFC 9112 §6.1 asks.
     */
    private static boolean chunkedOrNone(RoutingContext ctx) {
        String coding = ctx.request().getHeader("Transfer-Encoding");
        if (coding == null || coding.equals("chunked")) {
            return true;
        }
        if (coding.trim().equalsIgnoreCase("chunked")) {
            ctx.request().headers().set("Transfer-Encoding", "chunked");
            return true;
        }
        ctx.request().pause();
        ProblemWriter.send(ctx, Problems.of(501, "Transfer-Encoding " + coding + " is not supported; send the body"
                + " as is, with Content-Length or Transfer-Encoding: chunked."), Map.of("Connection", "close"));
        return false;
    }
}
