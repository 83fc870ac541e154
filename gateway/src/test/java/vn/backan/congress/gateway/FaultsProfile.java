package vn.backan.congress.gateway;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Small numbers so faults show quickly: the targets breaker opens after 4 calls and tries again
 * after 1 s; programs has one connection and no wait queue, so a second concurrent request is
 * refused at once; its timeout is long enough for a deliberately slow call to stay in flight.
 */
public class FaultsProfile implements QuarkusTestProfile {

    static final int BREAKER_WINDOW = 4;
    static final int SLOW_MS = 3000;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "gateway.upstreams.targets.breaker.request-volume-threshold", Integer.toString(BREAKER_WINDOW),
                "gateway.upstreams.targets.breaker.failure-ratio", "0.5",
                "gateway.upstreams.targets.breaker.delay", "1s",
                "gateway.upstreams.programs.max-pool-size", "1",
                "gateway.upstreams.programs.max-wait-queue-size", "0",
                "gateway.upstreams.programs.request-timeout", (SLOW_MS * 3) + "ms");
    }
}
