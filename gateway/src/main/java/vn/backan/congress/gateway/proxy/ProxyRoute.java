package vn.backan.congress.gateway.proxy;

import io.vertx.core.Handler;
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

    private final Upstream upstream;
    private final Optional<String> stripPrefix;

    ProxyRoute(Upstream upstream, Optional<String> stripPrefix) {
        this.upstream = upstream;
        this.stripPrefix = stripPrefix;
    }

    String upstreamName() {
        return upstream.name();
    }

    @Override
    public void handle(RoutingContext ctx) {
        HttpProxy.reverseProxy(upstream.client())
                .origin(proxyContext -> proxyContext.client().request(upstream.requestOptions()))
                .addInterceptor(new ExchangeInterceptor(ctx, upstream, stripPrefix))
                .handle(ctx.request());
    }
}
