package vn.backan.congress.portal.api;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import vn.backan.congress.devkit.db.FreePorts;

/** All three services down since the portal started: nothing listens on their ports. */
public class NoUpstreams implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.rest-client.targets.url", "http://127.0.0.1:" + FreePorts.pick(),
                "quarkus.rest-client.programs.url", "http://127.0.0.1:" + FreePorts.pick(),
                "quarkus.rest-client.elections.url", "http://127.0.0.1:" + FreePorts.pick());
    }

    @Override
    public void stop() {
        // Nothing was started.
    }
}
