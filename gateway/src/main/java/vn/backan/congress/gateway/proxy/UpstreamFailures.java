package vn.backan.congress.gateway.proxy;

import java.util.Map;
import java.util.concurrent.TimeoutException;
import vn.backan.congress.commons.problem.Problem;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.problem.Problems;

/**
 * What the client is told when the upstream could not give an answer: 504 when it was reached
 * but too slow, 502 for everything else (refused, unreachable, connect timeout, reset, pool full).
 */
final class UpstreamFailures {

    /** Both failures are usually brief (a restart, a slow moment): tell clients when to try again. */
    static final Map<String, String> RETRY_LATER = Map.of("Retry-After", "5");

    private UpstreamFailures() {
    }

    static Problem problemFor(Upstream upstream, Throwable failure) {
        if (isTimeout(failure)) {
            return Problems.of(ProblemType.UPSTREAM_TIMEOUT, 504, "The " + upstream.name()
                    + " service did not answer within " + upstream.config().requestTimeout().toMillis() + " ms.");
        }
        return Problems.of(ProblemType.UPSTREAM_UNAVAILABLE, 502,
                "The " + upstream.name() + " service cannot be reached; try again later.");
    }

    /** A connect timeout is a {@code ConnectException}, not a {@code TimeoutException}: it stays a 502. */
    static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
