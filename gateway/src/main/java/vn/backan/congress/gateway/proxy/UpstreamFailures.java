package vn.backan.congress.gateway.proxy;

import io.vertx.core.http.ConnectionPoolTooBusyException;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import vn.backan.congress.commons.problem.Problem;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.problem.Problems;

/**
 * What the client is told when the upstream could not give an answer: 504 when it was reached
 * but too slow; 503 when the gateway holds the request back itself (breaker open, or every
 * connection busy and the wait queue full); 413 when the client's streamed body outgrew the
 * limit; 502 for everything else (refused, unreachable, connect timeout, reset).
 */
final class UpstreamFailures {

    /** A problem and the headers that go with it. */
    record Answer(Problem problem, Map<String, String> headers) {
    }

    /** Refusals and timeouts are usually brief (a restart, a slow moment): tell clients when to try again. */
    static final Map<String, String> RETRY_LATER = Map.of("Retry-After", "5");

    private UpstreamFailures() {
    }

    static Answer answerFor(Upstream upstream, Throwable failure) {
        String name = upstream.name();
        if (has(failure, CappedBody.TooLargeException.class)) {
            // The rest of the body is not read; the connection cannot be reused.
            return new Answer(Problems.of(413, "The request body is larger than the bytes this server accepts."),
                    Map.of("Connection", "close"));
        }
        if (has(failure, CircuitBreakerOpenException.class)) {
            return new Answer(Problems.of(ProblemType.UPSTREAM_UNAVAILABLE, 503, "The " + name
                    + " service failed repeatedly; the gateway holds requests back for a moment."),
                    Map.of("Retry-After", Long.toString(upstream.guard().secondsUntilTrial())));
        }
        if (has(failure, ConnectionPoolTooBusyException.class)) {
            return new Answer(Problems.of(ProblemType.UPSTREAM_UNAVAILABLE, 503, "The " + name
                    + " service has too many requests in progress; try again shortly."), Map.of("Retry-After", "1"));
        }
        if (isTimeout(failure)) {
            return new Answer(Problems.of(ProblemType.UPSTREAM_TIMEOUT, 504, "The " + name
                    + " service did not answer within " + upstream.config().requestTimeout().toMillis() + " ms."),
                    RETRY_LATER);
        }
        return new Answer(Problems.of(ProblemType.UPSTREAM_UNAVAILABLE, 502,
                "The " + name + " service cannot be reached; try again later."), RETRY_LATER);
    }

    /** A connect timeout is a {@code ConnectException}, not a {@code TimeoutException}: it stays a 502. */
    static boolean isTimeout(Throwable failure) {
        return has(failure, TimeoutException.class);
    }

    /** Whether a read may be sent once more: not when the gateway itself refused it, nor after a timeout. */
    static boolean isWorthRetrying(Throwable failure) {
        // A timed-out upstream is likely overloaded: a second try doubles its load and the client's wait.
        return !isTimeout(failure)
                && !has(failure, CircuitBreakerOpenException.class)
                && !has(failure, ConnectionPoolTooBusyException.class)
                && !has(failure, CappedBody.TooLargeException.class)
                && !has(failure, UpstreamCall.ClientGone.class);
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
