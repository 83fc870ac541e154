package vn.backan.congress.gateway.overview;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import vn.backan.congress.commons.etag.ETags;
import vn.backan.congress.commons.problem.Problem;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.problem.Problems;
import vn.backan.congress.commons.web.ProblemWriter;
import vn.backan.congress.gateway.limits.RateLimiter;
import vn.backan.congress.gateway.config.GatewayConfig;
import vn.backan.congress.gateway.openapi.UpstreamReader;

/**
 * {@code GET /api/v1/overview} (and HEAD): one small document for a phone's first screen, composed from the
 * three services in parallel and kept for {@code gateway.overview.cache-ttl} per language. One service
 * down still gives a 200 with that section marked unavailable; all three down is a 503.
 */
@ApplicationScoped
public class OverviewRoute {

    private static final Logger LOG = Logger.getLogger(OverviewRoute.class);

    /** {@code etag} is the quoted tag; it goes out weak and If-None-Match is compared weakly. */
    private record Cached(Buffer body, String etag, long atMillis) {
    }

    @Inject
    UpstreamReader reader;

    @Inject
    GatewayConfig config;

    @Inject
    RateLimiter rateLimiter;

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Map<String, Future<Cached>> composing = new ConcurrentHashMap<>();

    /** Forgets the composed overviews, so the next request asks the services (operators and tests). */
    public void clearCache() {
        cache.clear();
    }

    void register(@Observes Router router) {
        // HEAD too: a phone may check the tag without the body; Vert.x sends a HEAD answer's headers only.
        // An Accept other than JSON is a 406 problem (HttpErrorRoutes), not JSON anyway.
        router.route("/api/v1/overview").method(HttpMethod.GET).method(HttpMethod.HEAD).produces("application/json")
                .handler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        // The overview costs three upstream reads: it is counted like any proxied request.
        if (!rateLimiter.admit(ctx, RateLimiter.DEFAULT_GROUP)) {
            return;
        }
        String lang = lang(ctx);
        if (lang == null) {
            ProblemWriter.send(ctx, Problems.validation("lang must be vi or en.",
                    List.of(new Problem.FieldError("lang", "must be vi or en"))));
            return;
        }
        Cached cached = cache.get(lang);
        if (cached != null && System.currentTimeMillis() - cached.atMillis() < config.overview().cacheTtl().toMillis()) {
            send(ctx, cached);
            return;
        }
        // One composition per language at a time: when the copy expires under load, the requests
        // that find it expired wait for the same three upstream reads instead of each making them.
        Future<Cached> composition = composing.computeIfAbsent(lang, this::compose);
        composition.onComplete(done -> composing.remove(lang, composition));
        composition.onComplete(done -> {
            if (done.failed()) {
                ProblemWriter.send(ctx, Problems.of(500, "The overview could not be composed."));
            } else if (done.result() == null) {
                ProblemWriter.send(ctx, Problems.of(ProblemType.UPSTREAM_UNAVAILABLE, 503,
                        "No service could answer; try again shortly."), Map.of("Retry-After", "5"));
            } else {
                send(ctx, done.result());
            }
        });
    }

    /** The fresh copy, kept for the cache time; null when no service answered (nothing is kept then). */
    private Future<Cached> compose(String lang) {
        Future<OverviewComposer.Answer> congress = read("elections", "/api/v1/congress");
        Future<OverviewComposer.Answer> targets = read("targets", "/api/v1/progress");
        Future<OverviewComposer.Answer> plan = read("programs", "/api/v1/plan");
        // An exception thrown in a handler would only reach Vert.x' exception handler and leave the
        // requests unanswered for good, so whatever was not foreseen fails the composition instead.
        return Future.join(congress, targets, plan).transform(ignored -> {
            try {
                JsonObject overview = OverviewComposer.compose(lang, congress.result(), targets.result(), plan.result(),
                        Instant.now());
                if (OverviewComposer.allUnavailable(overview)) {
                    cache.remove(lang);
                    return Future.succeededFuture(null);
                }
                Cached fresh = new Cached(overview.toBuffer(), etagOf(overview), System.currentTimeMillis());
                cache.put(lang, fresh);
                return Future.succeededFuture(fresh);
            } catch (RuntimeException e) {
                LOG.error("The overview could not be composed", e);
                return Future.failedFuture(e);
            }
        });
    }

    /**
     * Over everything but {@code generatedAt}, which changes at every composition: a phone that
     * revalidates after the cache time still gets a 304 when no section changed. Sent weak
     * ({@link #send}), because two bodies that differ in that one field share the tag (RFC 9110 §8.8.1).
     */
    private static String etagOf(JsonObject overview) {
        JsonObject content = overview.copy();
        content.remove("generatedAt");
        return ETags.ofBytes(content.toBuffer().getBytes());
    }

    /** Never fails: a failure becomes the section's reason. */
    private Future<OverviewComposer.Answer> read(String upstream, String path) {
        return reader.json(upstream, path, config.overview().upstreamTimeout()).map(OverviewComposer.Answer::of)
                .otherwise(e -> OverviewComposer.Answer.failed(upstream + "-service could not answer: "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
    }

    private void send(RoutingContext ctx, Cached cached) {
        ctx.response().putHeader("ETag", "W/" + cached.etag()).putHeader("Vary", "Accept-Language, Accept-Encoding")
                .putHeader("Cache-Control", "public, max-age=" + config.overview().cacheTtl().toSeconds());
        if (ETags.noneMatchHits(ctx.request().getHeader("If-None-Match"), cached.etag())) {
            ctx.response().setStatusCode(304).end();
            return;
        }
        ctx.response().putHeader("Content-Type", "application/json").end(cached.body());
    }

    /** ?lang= wins; else the first of vi/en in Accept-Language; else Vietnamese. Null for a lang we do not serve. */
    private static String lang(RoutingContext ctx) {
        String param = ctx.request().getParam("lang");
        if (param != null) {
            return param.equals("vi") || param.equals("en") ? param : null;
        }
        String accept = String.valueOf(ctx.request().getHeader("Accept-Language")).toLowerCase();
        int vi = accept.indexOf("vi");
        int en = accept.indexOf("en");
        return en >= 0 && (vi < 0 || en < vi) ? "en" : "vi";
    }
}
