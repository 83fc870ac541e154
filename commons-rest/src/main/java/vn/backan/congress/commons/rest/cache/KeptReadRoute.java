package vn.backan.congress.commons.rest.cache;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.backan.congress.commons.etag.ConditionalReads;
import vn.backan.congress.commons.web.MetricsPaths;

/**
 * Answers a public GET or HEAD from its kept representation, ahead of the REST layer, while the
 * versions it was made under are current: no resource, no filter chain, no database. A 304 when
 * the client's validators match; gzip when accepted. Anything else goes on to the resources.
 */
@ApplicationScoped
public class KeptReadRoute {

    /** Before the REST layer's route. */
    private static final int ORDER = -1000;

    @Inject
    RepresentationCache cache;

    @Inject
    DatasetVersions versions;

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (!(request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD)
                || request.headers().contains(HttpHeaders.AUTHORIZATION)) {
            ctx.next();
            return;
        }
        Representation kept = cache.get(cache.keyOf(request));
        if (kept == null || !kept.made().current(versions)) {
            ctx.next();
            return;
        }
        if (kept.template() != null) {
            MetricsPaths.name(kept.template());
        }
        HttpServerResponse response = ctx.response();
        kept.headers().forEach(h -> response.headers().add(h.getKey(), h.getValue()));
        response.putHeader(HttpHeaders.ETAG, kept.etag());
        if (ConditionalReads.notModified(request.getHeader(HttpHeaders.IF_NONE_MATCH),
                request.getHeader(HttpHeaders.IF_MODIFIED_SINCE), kept.etag(), kept.made().lastModified())) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, kept.mediaType());
        boolean gzip = ConditionalReads.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        if (gzip) {
            response.putHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.end(Buffer.buffer(gzip ? kept.gzipped() : kept.body()));
    }
}
