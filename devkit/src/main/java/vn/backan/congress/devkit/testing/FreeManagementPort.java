package vn.backan.congress.devkit.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A packaged jar under test takes a free management port: the integration-test launcher passes
 * quarkus.http.test-port on, but not quarkus.management.test-port, so the jar would otherwise take
 * production's 9000 and clash with anything else on the machine that does.
 */
public class FreeManagementPort implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.management.port", "0");
    }

    @Override
    public void stop() {
    }
}
