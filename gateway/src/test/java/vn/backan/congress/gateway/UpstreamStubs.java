package vn.backan.congress.gateway;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import vn.backan.congress.devkit.jwt.JwtKeys;
import vn.backan.congress.devkit.jwt.TokenIssuer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Stands in for the services: one WireMock server on a random port plays {@code targets} and
 * {@code programs}; {@code elections} points at a port nobody listens on, to act as a dead service.
 * {@code programs} gets a short request timeout so the slow-upstream test stays quick. Rate limits
 * are lifted except for one small group, and one browser origin may write.
 */
public class UpstreamStubs implements QuarkusTestResourceLifecycleManager {

    /** The programs upstream's request timeout in tests; stubs that must time out wait longer. */
    public static final int PROGRAMS_TIMEOUT_MS = 800;

    /** A route in the small rate-limit group "tiny". */
    public static final String LIMITED_PATH = "/api/v1/limited-probe";
    public static final int TINY_CAPACITY = 3;
    public static final int TINY_AUTH_CAPACITY = 5;
    /** A second route in a group of its own ("tiny2", same allowance), for the test about invented keys. */
    public static final String LIMITED_PATH_2 = "/api/v1/limited-probe-2";
    /** The one origin allowed to write from a browser. */
    public static final String WRITE_ORIGIN = "https://portal.backan.example";

    /** API keys the gateway knows; each rate-limit test uses its own, so they share no bucket. */
    public static final List<String> ISSUED_KEYS = List.of("issued-1", "issued-2", "issued-3", "issued-4", "issued-5",
            "issued-6");

    private static WireMockServer server;
    private static final JwtKeys KEYS = JwtKeys.loadOrCreate(Path.of("target", "test-jwt").toAbsolutePath());

    /** "Bearer ..." with a token the services would accept. */
    public static String validBearer() {
        return "Bearer " + new TokenIssuer(KEYS.privateKey()).issue("admin", null, Duration.ofMinutes(10));
    }

    public static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        Map<String, String> config = new java.util.HashMap<>(smallGroup("limited", LIMITED_PATH, "tiny"));
        config.putAll(smallGroup("limited2", LIMITED_PATH_2, "tiny2"));
        int closed = closedPort();
        String stub = String.valueOf(server.port());
        config.putAll(Map.ofEntries(
                // The stub is the upstreams' management listener too (readiness asks it).
                Map.entry("gateway.upstreams.targets.url", server.baseUrl()),
                Map.entry("gateway.upstreams.targets.management-port", stub),
                Map.entry("gateway.upstreams.programs.url", server.baseUrl()),
                Map.entry("gateway.upstreams.programs.management-port", stub),
                Map.entry("gateway.upstreams.programs.request-timeout", PROGRAMS_TIMEOUT_MS + "ms"),
                Map.entry("gateway.upstreams.elections.url", "http://127.0.0.1:" + closed),
                Map.entry("gateway.upstreams.elections.management-port", String.valueOf(closed)),
                Map.entry("gateway.upstreams.portal.url", "http://127.0.0.1:" + closed),
                Map.entry("gateway.upstreams.portal.management-port", String.valueOf(closed)),
                // Every test class calls from 127.0.0.1: the ordinary groups must not get in the way
                // (the small groups of smallGroup show the limit itself).
                Map.entry("gateway.rate-limits.default.capacity", "1000000"),
                Map.entry("gateway.clients.api-keys", String.join(",", ISSUED_KEYS)),
                Map.entry("gateway.cors.write-origins", WRITE_ORIGIN),
                // The services' token key: a valid token earns the authenticated allowance.
                Map.entry("mp.jwt.verify.publickey.location", KEYS.publicKeyFile().toUri().toString()),
                Map.entry("mp.jwt.verify.issuer", TokenIssuer.ISSUER)));
        return config;
    }

    /** A route to targets in a rate-limit group of its own, TINY_CAPACITY / TINY_AUTH_CAPACITY, no refill within a test. */
    private static Map<String, String> smallGroup(String route, String path, String group) {
        return Map.of(
                "gateway.routes." + route + ".upstream", "targets",
                "gateway.routes." + route + ".prefixes", path,
                "gateway.routes." + route + ".rate-limit-group", group,
                "gateway.rate-limits." + group + ".capacity", Integer.toString(TINY_CAPACITY),
                "gateway.rate-limits." + group + ".refill-per-second", "0.01",
                "gateway.rate-limits." + group + ".authenticated-capacity", Integer.toString(TINY_AUTH_CAPACITY),
                "gateway.rate-limits." + group + ".authenticated-refill-per-second", "0.01");
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
