package vn.backan.congress.portal.api;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/** All three services down since the portal started: nothing listens on their ports. */
public class NoUpstreams implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.rest-client.targets.url", "http://127.0.0.1:" + closedPort(),
                "quarkus.rest-client.programs.url", "http://127.0.0.1:" + closedPort(),
                "quarkus.rest-client.elections.url", "http://127.0.0.1:" + closedPort());
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        // Nothing was started.
    }
}
