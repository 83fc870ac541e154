package vn.backan.congress.gateway.catalog;

import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import vn.backan.congress.commons.etag.ConditionalReads;
import vn.backan.congress.commons.etag.ETags;
import vn.backan.congress.gateway.config.GatewayConfig;
import vn.backan.congress.gateway.limits.RateLimiter;
import vn.backan.congress.gateway.openapi.UpstreamReader;

/**
 * {@code GET /catalog} (and HEAD): the DCAT-AP catalogue, as Turtle, JSON-LD or RDF/XML by
 * {@code Accept}, or by suffix ({@code /catalog.ttl}, {@code .jsonld}, {@code .rdf}), which wins.
 * Each request asks the services when their datasets last changed (a HEAD each, answered from
 * their caches), so dct:modified is never older than the data; a service that does not answer in
 * time leaves its datasets without a date and the answer is not kept.
 */
@ApplicationScoped
public class CatalogRoute {

    /** A serialisation: its media type and the suffix that asks for it. */
    enum Syntax {
        TURTLE("text/turtle", ".ttl", RDFFormat.TURTLE_PRETTY),
        JSON_LD("application/ld+json", ".jsonld", RDFFormat.JSONLD11_PRETTY),
        RDF_XML("application/rdf+xml", ".rdf", RDFFormat.RDFXML_ABBREV);

        final String mediaType;
        final String suffix;
        final RDFFormat format;

        Syntax(String mediaType, String suffix, RDFFormat format) {
            this.mediaType = mediaType;
            this.suffix = suffix;
            this.format = format;
        }

        public Lang lang() {
            return format.getLang();
        }
    }

    @Inject
    GatewayConfig config;

    @Inject
    UpstreamReader reader;

    @Inject
    RateLimiter rateLimiter;

    private DcatCatalog catalog;

    void register(@Observes Router router) {
        catalog = new DcatCatalog(config.catalog());
        // By Accept: Vert.x picks the client's preferred syntax (Turtle for */* or none), and an Accept
        // it cannot meet is a 406 problem (HttpErrorRoutes), as on every other route.
        var negotiated = router.route("/catalog").method(HttpMethod.GET).method(HttpMethod.HEAD);
        for (Syntax s : Syntax.values()) {
            negotiated.produces(s.mediaType);
        }
        negotiated.handler(ctx -> serve(ctx, bySuffixOrAccept(ctx.getAcceptableContentType())));
        for (Syntax s : Syntax.values()) {
            router.route("/catalog" + s.suffix).method(HttpMethod.GET).method(HttpMethod.HEAD)
                    .handler(ctx -> serve(ctx, s));
        }
    }

    private static Syntax bySuffixOrAccept(String acceptable) {
        for (Syntax s : Syntax.values()) {
            if (s.mediaType.equals(acceptable)) {
                return s;
            }
        }
        return Syntax.TURTLE;
    }

    private void serve(RoutingContext ctx, Syntax syntax) {
        if (!rateLimiter.admit(ctx, RateLimiter.DEFAULT_GROUP)) {
            return;
        }
        // The graph is written off the event loop: JSON-LD in particular takes a moment.
        lastChanges().compose(modified -> ctx.vertx().executeBlocking(() -> write(catalog.graph(modified), syntax))
                .map(body -> Map.entry(modified, body))).onComplete(made -> {
            if (made.failed()) {
                ctx.fail(made.cause());
                return;
            }
            Map<String, Instant> modified = made.result().getKey();
            byte[] body = made.result().getValue();
            String etag = ETags.ofBytes(body);
            boolean complete = modified.size() == PublishedDatasets.ALL.size();
            ctx.response().putHeader("Vary", "Accept")
                    .putHeader("Cache-Control", complete ? "public, no-cache" : "no-store")
                    .putHeader("ETag", etag);
            if (ConditionalReads.notModified(ctx.request().getHeader("If-None-Match"), null, etag, null)) {
                ctx.response().setStatusCode(304).end();
                return;
            }
            ctx.response().putHeader("Content-Type", syntax.mediaType + "; charset=utf-8")
                    .end(io.vertx.core.buffer.Buffer.buffer(body));
        });
    }

    /** Each dataset's last change, from the Last-Modified of the service read that serves it. */
    private Future<Map<String, Instant>> lastChanges() {
        List<Future<Optional<Instant>>> asked = new ArrayList<>();
        for (PublishedDatasets.Dataset d : PublishedDatasets.ALL) {
            asked.add(reader.lastModified(d.upstream(), d.changedPath(), config.catalog().upstreamTimeout())
                    .otherwise(Optional.empty()));
        }
        return Future.join(asked).transform(ignored -> {
            Map<String, Instant> modified = new HashMap<>();
            for (int i = 0; i < asked.size(); i++) {
                String id = PublishedDatasets.ALL.get(i).id();
                asked.get(i).result().ifPresent(at -> modified.put(id, at));
            }
            return Future.succeededFuture(modified);
        });
    }

    private static byte[] write(Model model, Syntax syntax) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, syntax.format);
        return out.toByteArray();
    }
}
