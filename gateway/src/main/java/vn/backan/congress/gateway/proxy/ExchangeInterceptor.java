package vn.backan.congress.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.backan.congress.commons.web.ProblemWriter;
import vn.backan.congress.commons.web.RequestIds;

/**
 * Everything the gateway does to one exchange besides moving bytes: rewrites the path, sets the
 * forwarding and request-id headers, strips hop-by-hop headers both ways, and turns a failed
 * origin request into problem+json. Without it vertx-http-proxy answers a bare, empty 502.
 * One instance per request, because the failure path needs that request's RoutingContext.
 */
final class ExchangeInterceptor implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(ExchangeInterceptor.class);

    private final RoutingContext routing;
    private final Upstream upstream;
    private final Optional<String> stripPrefix;
    private Throwable failure;

    ExchangeInterceptor(RoutingContext routing, Upstream upstream, Optional<String> stripPrefix) {
        this.routing = routing;
        this.upstream = upstream;
        this.stripPrefix = stripPrefix;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HopByHopHeaders.strip(request.headers());
        ForwardedHeaders.add(request.proxiedRequest(), request.headers());
        // The commons filter already put it on the incoming headers; set again so it cannot be lost.
        String requestId = routing.get(RequestIds.KEY);
        if (requestId != null) {
            request.headers().set(RequestIds.HEADER, requestId);
        }
        stripPrefix.ifPresent(prefix -> request.setURI(stripped(request.getURI(), prefix)));
        return context.sendRequest().recover(cause -> {
            // Remember it and let the chain go on; handleProxyResponse writes the problem.
            failure = cause;
            return Future.succeededFuture(request.release().response());
        });
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        if (failure != null) {
            LOG.warnf("%s %s -> %s failed: %s", routing.request().method(), routing.request().uri(),
                    upstream.name(), failure.toString());
            ProblemWriter.send(routing, UpstreamFailures.problemFor(upstream, failure), UpstreamFailures.RETRY_LATER);
            return Future.succeededFuture();
        }
        ProxyResponse response = context.response();
        HopByHopHeaders.strip(response.headers());
        // The gateway's own X-Request-Id is already on the response; the upstream's copy would double it.
        response.headers().remove(RequestIds.HEADER);
        return context.sendResponse();
    }

    static String stripped(String uri, String prefix) {
        if (!uri.startsWith(prefix)) {
            return uri;
        }
        String rest = uri.substring(prefix.length());
        return rest.isEmpty() || rest.charAt(0) != '/' ? "/" + rest : rest;
    }
}
