package vn.backan.congress.gateway.proxy;

import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import jakarta.enterprise.util.TypeLiteral;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import vn.backan.congress.gateway.config.GatewayConfig;

/**
 * The circuit breaker in front of one upstream (a SmallRye Fault Tolerance {@link Guard}). Only
 * transport failures count against it: an upstream's own 4xx/5xx answer is a working upstream.
 * A full connection-pool queue and an oversized client body are the gateway's or the client's
 * doing, not the upstream's, so they are not counted either.
 */
public final class UpstreamGuard {

    private static final TypeLiteral<CompletionStage<Object>> ASYNC = new TypeLiteral<>() {
    };

    private final Guard guard;
    private final Duration delay;
    private final AtomicReference<CircuitBreakerState> state = new AtomicReference<>(CircuitBreakerState.CLOSED);
    private final AtomicLong openedAtNanos = new AtomicLong();

    UpstreamGuard(String upstream, GatewayConfig.Breaker config) {
        this.delay = config.delay();
        this.guard = Guard.create()
                .withDescription("gateway upstream " + upstream)
                .withCircuitBreaker()
                .name(breakerName(upstream))
                .failureRatio(config.failureRatio())
                .requestVolumeThreshold(config.requestVolumeThreshold())
                .delay(config.delay().toMillis(), ChronoUnit.MILLIS)
                .successThreshold(config.successThreshold())
                .when(UpstreamGuard::countsAsFailure)
                .onStateChange(this::changed)
                .done()
                // The action is already non-blocking (a Vert.x request); stay on the event loop.
                .withThreadOffload(false)
                .build();
    }

    /** Name under which SmallRye's {@code CircuitBreakerMaintenance} knows this breaker. */
    public static String breakerName(String upstream) {
        return "gateway-" + upstream;
    }

    /**
     * Runs one attempt through the breaker. When the breaker is open the attempt is not made and
     * the result fails with {@code CircuitBreakerOpenException}. Completes on {@code context}.
     */
    @SuppressWarnings("unchecked")
    <T> Future<T> call(Context context, Supplier<Future<T>> attempt) {
        Supplier<CompletionStage<Object>> action = () -> (CompletionStage<Object>) attempt.get().toCompletionStage();
        try {
            CompletionStage<Object> result = guard.get(action, ASYNC);
            return (Future<T>) (context == null ? Future.fromCompletionStage(result)
                    : Future.fromCompletionStage(result, context));
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
    }

    public CircuitBreakerState state() {
        return state.get();
    }

    /** Whole seconds until an open breaker lets a trial call through (at least 1). */
    long secondsUntilTrial() {
        long elapsed = System.nanoTime() - openedAtNanos.get();
        long remainingMillis = delay.toMillis() - Duration.ofNanos(elapsed).toMillis();
        return Math.max(1, (remainingMillis + 999) / 1000);
    }

    private void changed(CircuitBreakerState next) {
        if (next == CircuitBreakerState.OPEN) {
            openedAtNanos.set(System.nanoTime());
        }
        state.set(next);
    }

    static boolean countsAsFailure(Throwable failure) {
        return !(failure instanceof ConnectionPoolTooBusyException)
                && !(failure instanceof CappedBody.TooLargeException)
                && !(failure instanceof UpstreamCall.ClientGone);
    }
}
