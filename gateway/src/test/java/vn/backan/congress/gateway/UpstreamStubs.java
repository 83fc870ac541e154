package vn.backan.congress.gateway;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Stands in for the services: one WireMock server on a random port plays {@code targets} and
 * {@code programs}; {@code elections} points at a port nobody listens on, to act as a dead service.
 * {@code programs} gets a short request timeout so the slow-upstream test stays quick.
 */
public class UpstreamStubs implements QuarkusTestResourceLifecycleManager {

    /** The programs upstream's request timeout in tests; stubs that must time out wait longer. */
    public static final int PROGRAMS_TIMEOUT_MS = 800;

    private static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        return Map.of(
                "gateway.upstreams.targets.url", server.baseUrl(),
                "gateway.upstreams.programs.url", server.baseUrl(),
                "gateway.upstreams.programs.request-timeout", PROGRAMS_TIMEOUT_MS + "ms",
                "gateway.upstreams.elections.url", "http://127.0.0.1:" + closedPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** A port that was free a moment ago and now has no listener: connecting to it is refused. */
    public static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
