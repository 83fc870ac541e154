package vn.backan.congress.commons.edge;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The public listener. Quarkus does not let an application set the Vert.x server's
 * invalid-request handler or connection handler, so errors of the HTTP codec would be empty
 * pages and one address could hold any number of connections. This listener serves the same
 * application (Quarkus's root handler: its routes, security, metrics) on {@code congress.http.port}
 * with both handlers set; Quarkus's own listener stays on the loopback interface, where only the
 * tests use it.
 */
@ApplicationScoped
public class FrontDoor {

    private static final Logger LOG = Logger.getLogger(FrontDoor.class);

    @ConfigProperty(name = "congress.http.host", defaultValue = "0.0.0.0")
    String host;
    @ConfigProperty(name = "congress.http.port")
    int port;
    /** Like Quarkus's test-port: tests take a free port, so a running stack never gets in their way. */
    @ConfigProperty(name = "congress.http.test-port", defaultValue = "0")
    int testPort;
    @ConfigProperty(name = "congress.http.max-connections-per-address", defaultValue = "256")
    int maxConnectionsPerAddress;
    @ConfigProperty(name = "congress.http.header-timeout", defaultValue = "10s")
    Duration headerTimeout;
    @ConfigProperty(name = "quarkus.http.idle-timeout", defaultValue = "30m")
    Duration idleTimeout;
    @ConfigProperty(name = "quarkus.http.limits.max-initial-line-length", defaultValue = "4096")
    int maxInitialLineLength;
    @ConfigProperty(name = "quarkus.http.limits.max-header-size", defaultValue = "20K")
    io.quarkus.runtime.configuration.MemorySize maxHeaderSize;
    @ConfigProperty(name = "quarkus.http.enable-compression", defaultValue = "false")
    boolean compression;

    private final List<String> deployments = new ArrayList<>();
    private ConnectionGuard guard;
    private volatile int actualPort = -1;

    void open(@Observes StartupEvent started, Vertx vertx) throws Exception {
        guard = new ConnectionGuard(vertx, maxConnectionsPerAddress, headerTimeout);
        guard.start();
        int instances = 2 * Runtime.getRuntime().availableProcessors(); // Quarkus's event loop count
        // Port 0 would give each instance its own random port; a negative one is shared (Vert.x 4).
        int listenPort = LaunchMode.current() == LaunchMode.TEST ? testPort : port;
        HttpServerOptions options = options(listenPort == 0 ? -1 : listenPort);
        List<FrontDoorVerticle> verticles = new ArrayList<>();
        String id = vertx.deployVerticle(() -> {
            FrontDoorVerticle verticle = new FrontDoorVerticle(options, guard, VertxHttpRecorder.getRootHandler());
            synchronized (verticles) {
                verticles.add(verticle);
            }
            return verticle;
        }, new DeploymentOptions().setInstances(instances))
                .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        deployments.add(id);
        actualPort = verticles.get(0).actualPort();
        LOG.infof("Public listener on http://%s:%d (at most %d connections per address, headers within %s)",
                host, actualPort, maxConnectionsPerAddress, headerTimeout);
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
                .setHost(host)
                .setPort(listenPort)
                .setIdleTimeout((int) idleTimeout.toMillis())
                .setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
                .setMaxInitialLineLength(maxInitialLineLength)
                .setMaxHeaderSize((int) maxHeaderSize.asLongValue())
                .setCompressionSupported(compression)
                // HTTP/1.1 only: a TLS-terminating ingress or the gateway sits in front, and the
                // header deadline is per connection, which HTTP/2 streams would share.
                .setHttp2ClearTextEnabled(false);
    }
}
