package vn.backan.congress.gateway.proxy;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import vn.backan.congress.gateway.UpstreamStubs;

/**
 * A service as the gateway meets it: an HTTP/1.1 server that keeps an idle connection
 * {@link #KEEP_ALIVE_MS} and then closes it, as a service's quarkus.http.idle-timeout does (75 s in
 * production, shorter here). It answers every request at once and notes when each connection
 * opened and closed. The gateway keeps an idle pooled connection {@link #GATEWAY_IDLE_MS}.
 */
public class KeptAliveService implements QuarkusTestResourceLifecycleManager {

    static final int KEEP_ALIVE_MS = 4_000;
    static final int GATEWAY_IDLE_MS = 1_000;

    /** One connection's life, in System.nanoTime() terms; closed is 0 while it is open. */
    static final class Life {
        volatile long lastAnswered;
        volatile long closed;
    }

    static final List<Life> CONNECTIONS = new CopyOnWriteArrayList<>();

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0)
                        .setIdleTimeout(KEEP_ALIVE_MS).setIdleTimeoutUnit(TimeUnit.MILLISECONDS))
                .connectionHandler(connection -> {
                    Life life = new Life();
                    CONNECTIONS.add(life);
                    connection.closeHandler(closed -> life.closed = System.nanoTime());
                })
                .requestHandler(request -> request.body().onSuccess(body -> {
                    int status = request.method().name().equals("POST") ? 201 : 200;
                    request.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                            .end("{\"received\":" + body.length() + "}")
                            .onSuccess(sent -> CONNECTIONS.get(CONNECTIONS.size() - 1).lastAnswered = System.nanoTime());
                }));
        int port;
        try {
            port = server.listen().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("the stand-in service did not start", e);
        }
        int closed = UpstreamStubs.closedPort();
        return Map.of(
                "gateway.upstreams.targets.url", "http://127.0.0.1:" + port,
                "gateway.upstreams.targets.idle-timeout", GATEWAY_IDLE_MS + "ms",
                "gateway.upstreams.targets.management-port", String.valueOf(closed),
                "gateway.upstreams.programs.url", "http://127.0.0.1:" + closed,
                "gateway.upstreams.elections.url", "http://127.0.0.1:" + closed,
                "gateway.upstreams.portal.url", "http://127.0.0.1:" + closed);
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
