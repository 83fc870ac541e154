package vn.backan.congress.gateway.proxy;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.util.Set;

/**
 * Sends one proxied request to its upstream through the upstream's circuit breaker. A read
 * without a body (GET, HEAD, OPTIONS) that failed in transport is sent once more, on a new
 * connection: typically the first hit a keep-alive connection the upstream had just closed, or
 * a pod that was going away. Writes are never repeated: the upstream may have acted on them.
 */
final class UpstreamCall {

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final Upstream upstream;
    private final ProxyRequest request;
    private final Runnable onRetry;

    UpstreamCall(Upstream upstream, ProxyRequest request, Runnable onRetry) {
        this.upstream = upstream;
        this.request = request;
        this.onRetry = onRetry;
    }

    /** Sends the request; caps a body of unknown length at {@code maxBody} bytes (negative: no cap). */
    Future<ProxyResponse> send(long maxBody) {
        // Still inside the route handler: this is the request's own (duplicated) context.
        Context context = Vertx.currentContext();
        if (isBodylessRead(request.proxiedRequest())) {
            // Sent without a body, so a second attempt needs nothing from the already-read client stream.
            Body body = request.getBody();
            request.setBody(null);
            if (body != null) {
                body.stream().resume();
            }
            return attempt(context, null).recover(failure -> {
                if (!UpstreamFailures.isWorthRetrying(failure)) {
                    return Future.failedFuture(failure);
                }
                onRetry.run();
                return attempt(context, null);
            });
        }
        Body body = request.getBody();
        if (body == null) {
            return attempt(context, null);
        }
        if (body.length() < 0) {
            markChunked(request.proxiedRequest());
        }
        // A declared length was checked up front (commons' BodyLimitFilter); a chunked body is capped here.
        long cap = body.length() < 0 && maxBody >= 0 ? maxBody : Long.MAX_VALUE;
        CappedBody capped = new CappedBody(body.stream(), cap);
        request.setBody(Body.body(capped, body.length()));
        return attempt(context, capped);
    }

    private Future<ProxyResponse> attempt(Context context, CappedBody body) {
        RequestOptions options = upstream.requestOptions();
        if (body != null) {
            // The answer is awaited only once the client's body is all sent: a phone uploading slowly is
            // not a slow upstream (no 504, nothing against the breaker). Until then the connection's own
            // idle timeout still ends a stalled upload.
            options.setIdleTimeout(-1);
        }
        return upstream.guard().<ProxyResponse>call(context, () -> upstream.client()
                .request(options)
                .compose(outgoing -> {
                    if (body != null) {
                        body.onEnd(() -> outgoing.idleTimeout(upstream.config().requestTimeout().toMillis()));
                    }
                    return request.send(outgoing);
                })
                // The pipe only says "reset"; tell the breaker and the client what really happened.
                .recover(failure -> Future.failedFuture(body != null && body.exceeded()
                        ? new CappedBody.TooLargeException(body.max())
                        : clientHungUp(failure) ? new ClientGone(failure) : failure)));
    }

    /**
     * The proxy resets the upstream stream itself when the client goes away, before the client's
     * response reports being closed; an HTTP/1.1 upstream never resets a stream, so a reset that
     * is not our body cap is the client leaving.
     */
    private boolean clientHungUp(Throwable failure) {
        return failure instanceof io.vertx.core.http.StreamResetException
                || request.proxiedRequest().response().closed();
    }

    /**
     * The client hung up while its request was in flight, so the proxy reset the upstream stream.
     * The upstream did nothing wrong: this must not count against its breaker, nor be retried.
     */
    static final class ClientGone extends RuntimeException {
        ClientGone(Throwable cause) {
            super("the client closed its connection", cause, false, false);
        }
    }

    /**
     * An HTTP/2 client streams a body without Content-Length and, unlike HTTP/1.1, without
     * {@code Transfer-Encoding: chunked}; vertx-http-proxy decides chunking for the HTTP/1.1
     * upstream from that header alone and would fail writing. Say it is chunked, as it will be upstream.
     */
    private static void markChunked(HttpServerRequest incoming) {
        if (incoming.version() == HttpVersion.HTTP_2 && !incoming.headers().contains("Content-Length")) {
            incoming.headers().set("transfer-encoding", "chunked");
        }
    }

    /** GET, HEAD and OPTIONS change nothing; any other method may. */
    static boolean isSafe(HttpMethod method) {
        return READS.contains(method);
    }

    static boolean isBodylessRead(HttpServerRequest request) {
        if (!READS.contains(request.method()) || request.headers().contains("Transfer-Encoding")) {
            return false;
        }
        String length = request.getHeader("Content-Length");
        return length == null || length.trim().equals("0");
    }
}
