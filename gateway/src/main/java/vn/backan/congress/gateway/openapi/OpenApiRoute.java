package vn.backan.congress.gateway.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import vn.backan.congress.commons.etag.ETags;
import vn.backan.congress.commons.problem.Problems;
import vn.backan.congress.commons.web.ProblemWriter;
import vn.backan.congress.gateway.limits.RateLimiter;

/** {@code GET /openapi} (and HEAD): the merged contract, JSON by default, YAML with {@code ?format=yaml} or {@code Accept}. */
@ApplicationScoped
public class OpenApiRoute {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Inject
    MergedContract contract;

    @Inject
    RateLimiter rateLimiter;

    void register(@Observes Router router) {
        // HEAD too: a client or a probe may check the tag and the type without the whole contract.
        // An Accept it cannot produce (application/xml, say) is a 406 problem (HttpErrorRoutes), not JSON anyway.
        router.route("/openapi").method(HttpMethod.GET).method(HttpMethod.HEAD).produces("application/json")
                .produces("application/yaml").produces("text/yaml").handler(this::serve);
        // Quarkus's own contract path, where a client may look first. With its document disabled
        // (the gateway has no resources) Quarkus answers it with an empty 404; point to the real one.
        router.route("/q/openapi").order(-1000).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(ctx -> {
            String query = ctx.request().query();
            ctx.response().setStatusCode(308).putHeader("Location", query == null ? "/openapi" : "/openapi?" + query).end();
        });
    }

    private void serve(RoutingContext ctx) {
        if (!rateLimiter.admit(ctx, RateLimiter.DEFAULT_GROUP)) {
            return;
        }
        boolean yaml = "yaml".equals(ctx.request().getParam("format"))
                || String.valueOf(ctx.request().getHeader("Accept")).contains("yaml");
        contract.current().onSuccess(c -> {
            try {
                byte[] body = yaml ? yaml(c.document()) : c.document().encodePrettily().getBytes(StandardCharsets.UTF_8);
                String etag = ETags.ofBytes(body);
                ctx.response().putHeader("ETag", etag).putHeader("Vary", "Accept, Accept-Encoding")
                        // Incomplete: do not let anyone keep it once the missing service is back.
                        .putHeader("Cache-Control", c.missing().isEmpty() ? "public, max-age=60" : "no-store");
                if (ETags.noneMatchHits(ctx.request().getHeader("If-None-Match"), etag)) {
                    ctx.response().setStatusCode(304).end();
                    return;
                }
                ctx.response().putHeader("Content-Type", yaml ? "application/yaml" : "application/json")
                        .end(io.vertx.core.buffer.Buffer.buffer(body));
            } catch (Exception e) {
                ctx.fail(e);
            }
        }).onFailure(e -> ProblemWriter.send(ctx, Problems.of(500, "The contract could not be assembled.")));
    }

    /**
     * Through a Jackson tree, not {@code getMap()}: that map still holds nested JsonObjects and
     * JsonArrays, which a YAML mapper writes as beans ({@code map:}, {@code empty:}, {@code list:}).
     */
    static byte[] yaml(JsonObject document) throws IOException {
        return YAML.writeValueAsBytes(JSON.readTree(document.encode()));
    }
}
