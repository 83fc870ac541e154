package vn.backan.congress.commons.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.backan.congress.commons.problem.Problems;

/**
 * Refuses a body whose declared length is over {@code quarkus.http.limits.max-body-size} before it
 * is read. Quarkus would refuse it too, but with an empty 413; this one is problem+json. (A chunked
 * body with no length that grows past the limit still gets Quarkus' own 413.)
 */
@ApplicationScoped
public class BodyLimitFilter {

    /** After the request id is set, so the problem carries it. */
    static final int PRIORITY = RequestIdFilter.PRIORITY - 1;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> limit;

    void register(@Observes Filters filters) {
        if (limit.isEmpty()) {
            return;
        }
        long max = limit.get().asLongValue();
        filters.register(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && parse(length) > max) {
                ctx.request().pause();
                MetricsPaths.name("/{body-too-large}");
                ProblemWriter.send(ctx, Problems.of(413, "The request body (" + length.trim()
                        + " bytes) is larger than the " + max + " bytes this server accepts."),
                        Map.of("Connection", "close"));
                return;
            }
            ctx.next();
        }, PRIORITY);
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
