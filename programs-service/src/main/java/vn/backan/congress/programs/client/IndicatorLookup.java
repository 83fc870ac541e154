package vn.backan.congress.programs.client;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * One guarded read of targets-service. A 404 is an answer (the code is unknown), not a failure;
 * anything else that is not a 200 is a failure, retried once (a read is safe to repeat) and counted
 * by the circuit breaker, so a dead targets-service is not asked again for a while.
 */
@ApplicationScoped
public class IndicatorLookup {

    public static final String BREAKER = "targets-indicators";

    @Inject
    @RestClient
    TargetsApi targets;

    @Timeout(3000)
    @Retry(maxRetries = 1, delay = 200, abortOn = UnknownIndicator.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10_000, skipOn = UnknownIndicator.class)
    @CircuitBreakerName(BREAKER)
    public void requireExists(String code) {
        int status = statusOf(code);
        if (status == 404) {
            throw new UnknownIndicator(code);
        }
        if (status != 200) {
            throw new IllegalStateException("targets-service answered " + status + " for indicator " + code);
        }
    }

    private int statusOf(String code) {
        try (Response response = targets.indicator(code)) {
            return response.getStatus();
        } catch (WebApplicationException e) {
            return e.getResponse().getStatus();
        }
    }

    /** targets-service says it has no such indicator. */
    public static class UnknownIndicator extends RuntimeException {

        public UnknownIndicator(String code) {
            super(code, null, false, false);
        }

        public String code() {
            return getMessage();
        }
    }
}
