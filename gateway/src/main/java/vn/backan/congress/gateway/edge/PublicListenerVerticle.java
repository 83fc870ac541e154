package vn.backan.congress.gateway.edge;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import java.net.URI;
import java.net.URISyntaxException;

/** One per event loop, all listening on the same port, like Quarkus's own HTTP verticles. */
final class PublicListenerVerticle extends AbstractVerticle {

    private final HttpServerOptions options;
    private final ConnectionGuard guard;
    private final Handler<HttpServerRequest> routes;
    private HttpServer server;

    PublicListenerVerticle(HttpServerOptions options, ConnectionGuard guard, Handler<HttpServerRequest> routes) {
        this.options = options;
        this.guard = guard;
        this.routes = routes;
    }

    @Override
    public void start(Promise<Void> started) {
        server = vertx.createHttpServer(options)
                .connectionHandler(guard::admit)
                .invalidRequestHandler(CodecProblems::undecodable)
                .requestHandler(this::handle);
        // Vert.x answers a request line naming another HTTP version (say HTTP/2.0) with an empty 501
        // before any handler runs, unless a WebSocket handler exists; one that takes nothing
        // (paused, so upgrade requests too reach the request handler as before) lets ours answer.
        server.webSocketStream().handler(socket -> socket.close()).pause();
        server.listen().<Void>mapEmpty().onComplete(started);
    }

    int actualPort() {
        return server.actualPort();
    }

    private void handle(HttpServerRequest request) {
        guard.headersArrived(request);
        if (request.version() == null) {
            CodecProblems.unknownVersion(request);
            return;
        }
        if (!isUri(request.uri())) {
            CodecProblems.notAUri(request);
            return;
        }
        routes.handle(request);
    }

    /** The check Quarkus makes before routing (it answers an empty 400), made first so the answer is a problem. */
    private static boolean isUri(String target) {
        try {
            new URI(target);
            return true;
        } catch (URISyntaxException | NullPointerException e) {
            return false;
        }
    }
}
