package vn.backan.congress.commons.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

/**
 * Gives every HTTP request an id before anything else runs: it is set on the request (so the
 * gateway forwards it and resources see it), on the response, and in the MDC for every log line.
 * A Vert.x filter rather than a JAX-RS one so that health, metrics and 404s carry it too.
 */
@ApplicationScoped
public class RequestIdFilter {

    /** Runs before Quarkus' own filters (CORS, security: priorities up to a few hundred). */
    static final int PRIORITY = 10_000;

    void register(@Observes Filters filters) {
        filters.register(ctx -> {
            String id = RequestIds.acceptOrCreate(ctx.request().getHeader(RequestIds.HEADER));
            ctx.request().headers().set(RequestIds.HEADER, id);
            ctx.put(RequestIds.KEY, id);
            MDC.put(RequestIds.KEY, id);
            ctx.response().headers().set(RequestIds.HEADER, id);
            ctx.next();
        }, PRIORITY);
    }
}
