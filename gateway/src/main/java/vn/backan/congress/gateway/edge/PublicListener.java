package vn.backan.congress.gateway.edge;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.AllowForwardHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.backan.congress.gateway.config.GatewayConfig;

/**
 * The gateway's public listener: a Vert.x HTTP server of its own (docs/adr/0002-the-listener.md),
 * because Quarkus lets an application set neither a Vert.x server's connection handler nor its
 * invalid-request handler, and a public edge needs both: a deadline for a request's headers and a
 * cap on connections per client address (ConnectionGuard), and problems for what the HTTP codec
 * refuses (CodecProblems). It serves the gateway's routes through the Vert.x Web {@link Router}
 * Quarkus hands to its observers. Quarkus's own listener stays on the loopback interface.
 */
@ApplicationScoped
public class PublicListener {

    private static final Logger LOG = Logger.getLogger(PublicListener.class);

    @ConfigProperty(name = "quarkus.http.idle-timeout", defaultValue = "30m")
    Duration idleTimeout;
    @ConfigProperty(name = "quarkus.http.limits.max-initial-line-length", defaultValue = "4096")
    int maxInitialLineLength;
    @ConfigProperty(name = "quarkus.http.limits.max-header-size", defaultValue = "20K")
    MemorySize maxHeaderSize;
    @ConfigProperty(name = "quarkus.http.enable-compression", defaultValue = "false")
    boolean compression;

    private final GatewayConfig.Edge edge;
    private final List<String> deployments = new ArrayList<>();
    private Router router;
    private ConnectionGuard guard;
    private volatile int actualPort = -1;

    PublicListener(GatewayConfig config) {
        this.edge = config.edge();
    }

    /** The router every gateway route is registered on; observed first, so it is there at startup. */
    void keep(@Observes Router router) {
        this.router = router;
        if (edge.trustForwardedHeaders()) {
            router.allowForward(AllowForwardHeaders.X_FORWARD);
        }
    }

    void open(@Observes StartupEvent started, Vertx vertx) throws Exception {
        guard = new ConnectionGuard(vertx, edge.maxConnectionsPerAddress(), edge.headerTimeout());
        guard.start();
        int instances = 2 * Runtime.getRuntime().availableProcessors(); // Quarkus's event loop count
        int port = LaunchMode.current() == LaunchMode.TEST ? edge.testPort() : edge.port();
        // Port 0 would give each instance its own random port; a negative one is shared (Vert.x 4).
        HttpServerOptions options = options(port == 0 ? -1 : port);
        List<PublicListenerVerticle> verticles = new ArrayList<>();
        String id = vertx.deployVerticle(() -> {
            PublicListenerVerticle verticle = new PublicListenerVerticle(options, guard, router);
            synchronized (verticles) {
                verticles.add(verticle);
            }
            return verticle;
        }, new DeploymentOptions().setInstances(instances))
                .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        deployments.add(id);
        actualPort = verticles.get(0).actualPort();
        LOG.infof("Public listener on http://%s:%d (connections per address: %s; headers within: %s)",
                edge.host(), actualPort,
                edge.maxConnectionsPerAddress() > 0 ? String.valueOf(edge.maxConnectionsPerAddress()) : "no cap",
                edge.headerTimeout().isZero() ? "no deadline" : edge.headerTimeout());
    }

    void close(@Observes ShutdownEvent stopping, Vertx vertx) throws Exception {
        for (String id : deployments) {
            vertx.undeploy(id).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
        deployments.clear();
        if (guard != null) { // null when the start failed; that failure is the one to see
            guard.stop();
        }
    }

    /** The port the listener took (the configured one, or a random one when that is 0). */
    public int port() {
        return actualPort;
    }

    /** Connections now open from one client address, as the cap counts them. */
    public int openFrom(String address) {
        return guard.openFrom(address);
    }

    private HttpServerOptions options(int listenPort) {
        return new HttpServerOptions()
                .setHost(edge.host())
                .setPort(listenPort)
                .setIdleTimeout((int) idleTimeout.toMillis())
                .setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
                .setMaxInitialLineLength(maxInitialLineLength)
                .setMaxHeaderSize((int) maxHeaderSize.asLongValue())
                .setCompressionSupported(compression)
                // HTTP/1.1 only: a TLS-terminating Ingress sits in front in a cluster, and the
                // header deadline is per connection, which HTTP/2 streams would share.
                .setHttp2ClearTextEnabled(false);
    }
}
