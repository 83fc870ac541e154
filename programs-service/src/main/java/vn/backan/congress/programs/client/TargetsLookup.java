package vn.backan.congress.programs.client;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * One guarded read of targets-service. A problem+json 404 is an answer (the code is unknown), not
 * a failure; anything else that is not a 200 (a 404 from a wrong URL included) is a failure,
 * retried once (a read is safe to repeat) and counted by the circuit breaker, so a dead
 * targets-service is not asked again for {@link #BREAKER_DELAY_MS}.
 */
@ApplicationScoped
public class TargetsLookup {

    public static final String BREAKER = "targets-references";
    public static final long BREAKER_DELAY_MS = 10_000;

    /** The two kinds of reference a solution makes to targets-service. */
    public enum Kind {
        INDICATOR("indicator", TargetsApi::indicator),
        ORG_UNIT("org unit", TargetsApi::orgUnit);

        final String label;
        final BiFunction<TargetsApi, String, Response> call;

        Kind(String label, BiFunction<TargetsApi, String, Response> call) {
            this.label = label;
            this.call = call;
        }
    }

    @Inject
    @RestClient
    TargetsApi targets;

    @Timeout(3000)
    @Retry(maxRetries = 1, delay = 200, abortOn = Unknown.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = BREAKER_DELAY_MS, skipOn = Unknown.class)
    @CircuitBreakerName(BREAKER)
    public void requireExists(Kind kind, String code) {
        Answer answer = ask(() -> kind.call.apply(targets, code));
        if (answer.status() == 404 && answer.problem()) {
            throw new Unknown(kind, code);
        }
        if (answer.status() != 200) {
            throw new IllegalStateException("targets-service answered " + answer.status() + " for " + kind.label + " " + code);
        }
    }

    private record Answer(int status, boolean problem) {
    }

    private Answer ask(Supplier<Response> call) {
        try (Response response = call.get()) {
            return new Answer(response.getStatus(), isProblem(response));
        } catch (WebApplicationException e) {
            return new Answer(e.getResponse().getStatus(), isProblem(e.getResponse()));
        }
    }

    private static boolean isProblem(Response response) {
        return String.valueOf(response.getHeaderString("Content-Type")).startsWith("application/problem+json");
    }

    /** targets-service says it has no such indicator or org unit. */
    public static class Unknown extends RuntimeException {

        public Unknown(Kind kind, String code) {
            super("targets-service has no " + kind.label + " " + code + ".", null, false, false);
        }
    }
}
