package vn.backan.congress.gateway.proxy;

import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import java.util.Optional;

/**
 * Forwards one request to its upstream, streaming both bodies (no BodyHandler runs first).
 * The {@code HttpProxy} is built per request, which is just two small objects, so the
 * interceptor can hold this request's RoutingContext; the costly part, the upstream's
 * client and its connection pool, is shared.
 */
final class ProxyRoute implements Handler<RoutingContext> {

    /** The request-local key Quarkus' micrometer binder reads the route template from. */
    private static final String URL_PATH_TEMPLATE = "UrlPathTemplate";

    private final Upstream upstream;
    private final Optional<String> stripPrefix;
    private final String pathTemplate;

    ProxyRoute(Upstream upstream, Optional<String> stripPrefix, String pathTemplate) {
        this.upstream = upstream;
        this.stripPrefix = stripPrefix;
        this.pathTemplate = pathTemplate;
    }

    @Override
    public void handle(RoutingContext ctx) {
        // Quarkus' HTTP metrics (and tracing) tag requests with this template instead of the raw
        // path; without it every /api/v1/targets/{id} would become its own time series.
        Context context = Vertx.currentContext();
        if (context != null) {
            context.putLocal(URL_PATH_TEMPLATE, pathTemplate);
        }
        HttpProxy.reverseProxy(upstream.client())
                .origin(proxyContext -> proxyContext.client().request(upstream.requestOptions()))
                .addInterceptor(new ExchangeInterceptor(ctx, upstream, stripPrefix))
                .handle(ctx.request());
    }
}
