package vn.backan.congress.commons.web;

import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import vn.backan.congress.commons.problem.Problem;

/** Writes a problem straight onto a Vert.x response, for errors that never reach a JAX-RS resource. */
public final class ProblemWriter {

    private ProblemWriter() {
    }

    public static void send(RoutingContext ctx, Problem problem) {
        send(ctx, problem, Map.of());
    }

    public static void send(RoutingContext ctx, Problem problem, Map<String, String> headers) {
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return;
        }
        Problem full = problem.withContext(ctx.request().path(), ctx.get(RequestIds.KEY));
        ctx.response()
                .setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE);
        headers.forEach(ctx.response()::putHeader);
        ctx.response().end(Json.encode(full));
    }
}
