package vn.backan.congress.gateway.overview;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
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
 * three services in parallel. Every answer reflects what the services hold when it was asked, so a
 * write is seen by the next read: each request joins the next round of three conditional reads
 * (If-None-Match with the tags of the last round), which the services answer with a 304 from their
 * caches while nothing changed, and then the last composition is sent again unchanged. Requests
 * that arrive while a round runs share the round after it. One service down still gives a 200 with
 * that section marked unavailable; all three down is a 503.
 */
@ApplicationScoped
public class OverviewRoute {

    /** As every public read: any cache may keep it, revalidating with its ETag (docs/adr/0003). */
    static final String PUBLIC_READ = "public, no-cache";

    private static final Logger LOG = Logger.getLogger(OverviewRoute.class);

    /**
     * One language's composition and the upstream documents it was made from. {@code etag} is the
     * quoted tag; it goes out weak and If-None-Match is compared weakly.
     */
    private record Composed(Buffer body, String etag, Map<String, UpstreamReader.Tagged> parts) {
    }

    private static final String CONGRESS = "elections", TARGETS = "targets", PLAN = "programs";

    @Inject
    UpstreamReader reader;

    @Inject
    GatewayConfig config;

    @Inject
    RateLimiter rateLimiter;

    private final Map<String, Composed> last = new ConcurrentHashMap<>();
    /** Per language, the round running and the one that will start after it; guarded by {@code this}. */
    private final Map<String, Future<Composed>> running = new HashMap<>();
    private final Map<String, Promise<Composed>> waiting = new HashMap<>();

    /** Forgets the last compositions, so the next round reads every document in full (operators and tests). */
    public void clearCache() {
        last.clear();
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
        nextRound(lang).onComplete(done -> {
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

    /**
     * A round that starts after this request arrived: the one starting now when none runs, else the
     * one after the running round (whose reads may predate a write this client just made).
     */
    private synchronized Future<Composed> nextRound(String lang) {
        if (!running.containsKey(lang)) {
            return start(lang);
        }
        return waiting.computeIfAbsent(lang, l -> Promise.promise()).future();
    }

    private synchronized Future<Composed> start(String lang) {
        Future<Composed> round = compose(lang);
        running.put(lang, round);
        round.onComplete(done -> ended(lang));
        return round;
    }

    private synchronized void ended(String lang) {
        running.remove(lang);
        Promise<Composed> next = waiting.remove(lang);
        if (next != null) {
            start(lang).onComplete(next);
        }
    }

    /** The composition of this round; null when no service answered (nothing is kept then). */
    private Future<Composed> compose(String lang) {
        Composed previous = last.get(lang);
        Map<String, UpstreamReader.Tagged> known = previous == null ? Map.of() : previous.parts();
        Future<UpstreamReader.Tagged> congress = read(CONGRESS, "/api/v1/congress", known);
        Future<UpstreamReader.Tagged> targets = read(TARGETS, "/api/v1/progress", known);
        Future<UpstreamReader.Tagged> plan = read(PLAN, "/api/v1/plan", known);
        // An exception thrown in a handler would only reach Vert.x' exception handler and leave the
        // requests unanswered for good, so whatever was not foreseen fails the composition instead.
        return Future.join(congress, targets, plan).transform(ignored -> {
            try {
                Map<String, UpstreamReader.Tagged> parts = new HashMap<>();
                for (var part : Map.of(CONGRESS, congress, TARGETS, targets, PLAN, plan).entrySet()) {
                    if (part.getValue().succeeded()) {
                        parts.put(part.getKey(), part.getValue().result());
                    }
                }
                if (previous != null && parts.equals(previous.parts())) {
                    return Future.succeededFuture(previous); // every section answered 304: nothing to do
                }
                JsonObject overview = OverviewComposer.compose(lang, answer(CONGRESS, congress), answer(TARGETS, targets),
                        answer(PLAN, plan), Instant.now());
                if (OverviewComposer.allUnavailable(overview)) {
                    last.remove(lang);
                    return Future.succeededFuture(null);
                }
                Composed fresh = new Composed(overview.toBuffer(), etagOf(overview), Map.copyOf(parts));
                last.put(lang, fresh);
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

    private Future<UpstreamReader.Tagged> read(String upstream, String path, Map<String, UpstreamReader.Tagged> known) {
        return reader.revalidate(upstream, path, config.overview().upstreamTimeout(), known.get(upstream));
    }

    /** What one section is made of: the document, or why there is none. */
    private static OverviewComposer.Answer answer(String upstream, Future<UpstreamReader.Tagged> read) {
        if (read.succeeded()) {
            return OverviewComposer.Answer.of(read.result().document());
        }
        Throwable e = read.cause();
        return OverviewComposer.Answer.failed(upstream + "-service could not answer: "
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }

    private void send(RoutingContext ctx, Composed cached) {
        ctx.response().putHeader("ETag", "W/" + cached.etag()).putHeader("Vary", "Accept-Language, Accept-Encoding")
                .putHeader("Cache-Control", PUBLIC_READ);
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
