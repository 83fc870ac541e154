package vn.backan.congress.gateway.proxy;

import vn.backan.congress.commons.web.ChangedDatasets;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.streams.ReadStream;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.backan.congress.commons.web.ProblemWriter;
import vn.backan.congress.commons.web.RequestIds;
import vn.backan.congress.gateway.web.HeaderEdits;

/**
 * Everything the gateway does to one exchange besides moving bytes: rewrites the path, sets the
 * forwarding and request-id headers, strips hop-by-hop headers both ways, sends the request
 * through the upstream's breaker (see {@link UpstreamCall}), decides about compression, and turns
 * a failed origin request into problem+json. Without it vertx-http-proxy answers a bare, empty 502.
 * One instance per request, because the failure path needs that request's RoutingContext.
 */
final class ExchangeInterceptor implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(ExchangeInterceptor.class);

    /** Headers the gateway itself sets on the way down; an upstream's copies would double or contradict them. */
    private static final List<String> GATEWAY_OWNED = List.of(RequestIds.HEADER.toLowerCase(Locale.ROOT),
            "access-control-", "ratelimit-", ChangedDatasets.HEADER.toLowerCase(Locale.ROOT));

    private final RoutingContext routing;
    private final Upstream upstream;
    private final Optional<String> stripPrefix;
    private final ProxySettings settings;
    /** Non-null for a GET whose answer may be kept (see {@link PublicReadCache}). */
    private final PublicReadCache.Ticket keepable;
    /** Non-null when other reads wait for this one's answer (see {@link InFlightReads}). */
    private final InFlightReads.Fetch fetch;
    private Throwable failure;

    ExchangeInterceptor(RoutingContext routing, Upstream upstream, Optional<String> stripPrefix, ProxySettings settings,
            PublicReadCache.Ticket ticket, InFlightReads.Fetch fetch) {
        this.routing = routing;
        this.upstream = upstream;
        this.stripPrefix = stripPrefix;
        this.settings = settings;
        this.keepable = routing.request().method() == HttpMethod.GET ? ticket : null;
        this.fetch = fetch;
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
        // The trace goes on from the gateway's own span, whose traceparent the HTTP client's tracer
        // adds; the caller's copy, passed on too, would come first and hide the gateway's part.
        request.headers().remove("traceparent").remove("tracestate");
        stripPrefix.ifPresent(prefix -> request.setURI(stripped(request.getURI(), prefix)));
        if (request.proxiedRequest().version() == HttpVersion.HTTP_2) {
            // Netty's HTTP/2 encoder compresses any body marked gzip, even one that already is:
            // ask the upstream for plain bytes and let the gateway compress once.
            request.headers().remove(HttpHeaders.ACCEPT_ENCODING);
        }
        if (keepable != null) {
            // The whole answer is wanted, to keep it; the gateway checks the client's validators itself.
            request.headers().remove(HttpHeaders.IF_NONE_MATCH).remove(HttpHeaders.IF_MODIFIED_SINCE);
        }
        UpstreamCall call = new UpstreamCall(upstream, request, () -> settings.metrics().retried(upstream.name()));
        return call.send(settings.maxBodyBytes()).recover(cause -> {
            // Remember it and let the chain go on; handleProxyResponse writes the problem.
            failure = cause;
            return Future.succeededFuture(request.release().response());
        });
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        if (!UpstreamCall.isSafe(routing.request().method()) && changedData(context)) {
            // Before the write is answered, so the client's next read cannot meet an answer from before it.
            settings.readCache().forget(upstream.name());
        }
        if (failure != null) {
            LOG.warnf("%s %s -> %s failed: %s", routing.request().method(), routing.request().uri(),
                    upstream.name(), failure.toString());
            UpstreamFailures.Answer answer = UpstreamFailures.answerFor(upstream, failure);
            ProblemWriter.send(routing, answer.problem(), answer.headers());
            return Future.succeededFuture();
        }
        ProxyResponse response = context.response();
        if (hasNoBody(response.getStatusCode())) {
            // Otherwise the proxy streams an empty body of unknown length, announced as chunked.
            response.setBody(null);
        }
        HopByHopHeaders.strip(response.headers());
        stripGatewayOwned(response.headers());
        UpstreamLocation.rewrite(response.headers(), upstream);
        settings.compression().decide(routing.response().headers(), response.headers());
        if (keepable != null && settings.readCache().mayKeep(response.getStatusCode(), response.headers())) {
            return keepAndServe(response);
        }
        return context.sendResponse();
    }

    /** Reads the whole (bounded) body, keeps the answer and serves it as a kept one. */
    private Future<Void> keepAndServe(ProxyResponse response) {
        Promise<Buffer> read = Promise.promise();
        Buffer body = Buffer.buffer();
        ReadStream<Buffer> stream = response.getBody().stream();
        stream.exceptionHandler(read::tryFail).handler(body::appendBuffer).endHandler(done -> read.tryComplete(body));
        stream.resume();
        return read.future().map(complete -> {
            PublicReadCache.Kept kept = settings.readCache().keep(keepable, response.headers(), complete);
            if (fetch != null) {
                settings.readCache().inFlight().finish(fetch, kept);
            }
            PublicReadCache.serve(routing, kept, settings.compression());
            return (Void) null;
        }).recover(broken -> {
            // Nothing was sent yet: the client gets the same problem as for any failed exchange.
            UpstreamFailures.Answer answer = UpstreamFailures.answerFor(upstream, broken);
            ProblemWriter.send(routing, answer.problem(), answer.headers());
            return Future.succeededFuture();
        });
    }

    /**
     * Whether a write changed data, so kept reads of its service may be old: the service names the
     * datasets it moved ({@link ChangedDatasets}); a dry run, a refused write or a replay names none.
     * A write whose answer never came may have committed, so it counts as a change.
     */
    private boolean changedData(ProxyContext context) {
        if (failure != null) {
            return true;
        }
        ProxyResponse response = context.response();
        return response.getStatusCode() / 100 == 2 && response.headers().contains(ChangedDatasets.HEADER);
    }

    /** RFC 9110 6.4.1: these answers end with their headers. */
    private static boolean hasNoBody(int status) {
        return status < 200 || status == 204 || status == 304;
    }

    private static void stripGatewayOwned(MultiMap headers) {
        HeaderEdits.removeIf(headers, name -> GATEWAY_OWNED.stream()
                .anyMatch(prefix -> HeaderEdits.startsWithIgnoreCase(name, prefix)));
    }

    static String stripped(String uri, String prefix) {
        if (!uri.startsWith(prefix)) {
            return uri;
        }
        String rest = uri.substring(prefix.length());
        return rest.isEmpty() || rest.charAt(0) != '/' ? "/" + rest : rest;
    }
}
