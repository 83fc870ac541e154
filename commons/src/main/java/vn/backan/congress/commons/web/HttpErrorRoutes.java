package vn.backan.congress.commons.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import java.util.Map;
import vn.backan.congress.commons.problem.HttpDetails;
import vn.backan.congress.commons.problem.Problems;
import vn.backan.congress.commons.problem.StatusOfSecurityFailure;

/**
 * Errors raised below JAX-RS (unknown paths, bodies over the size limit, failed routes, failed
 * authentication) would otherwise get Vert.x' plain-text or Quarkus' HTML pages; here they become
 * problem+json like everything else.
 */
@ApplicationScoped
public class HttpErrorRoutes {

    private static final Logger LOG = Logger.getLogger(HttpErrorRoutes.class);

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            int security = StatusOfSecurityFailure.of(ctx.failure());
            int status = security != 0 ? security : ctx.statusCode() >= 400 ? ctx.statusCode() : 500;
            if (status >= 500) {
                LOG.errorf(ctx.failure(), "Request %s %s failed", ctx.request().method(), ctx.request().path());
            }
            Map<String, String> headers = status == 401 ? Map.of("WWW-Authenticate", "Bearer") : Map.of();
            ProblemWriter.send(ctx, Problems.of(status, HttpDetails.forStatus(status, ctx.request())), headers);
        });
        // Statuses Vert.x answers by itself when no route could take the request (an undecodable
        // path gives 400 before any route runs).
        for (int status : new int[] {400, 404, 405, 406, 413, 414, 415, 431, 500}) {
            router.errorHandler(status, ctx -> ProblemWriter.send(ctx,
                    Problems.of(status, HttpDetails.forStatus(status, ctx.request()))));
        }
    }
}
