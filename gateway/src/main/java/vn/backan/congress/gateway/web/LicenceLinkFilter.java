package vn.backan.congress.gateway.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.backan.congress.gateway.config.GatewayConfig;

/**
 * {@code Link: <licence>; rel="license"} (RFC 8288, the IANA "license" relation) on every data
 * answer: a successful read of /api/v1, of the catalogue or of the download, proxied or the gateway's
 * own. Added beside any Link the answer already has (paging's next and prev).
 */
@ApplicationScoped
public class LicenceLinkFilter {

    @Inject
    GatewayConfig config;

    void register(@Observes Filters filters) {
        String link = "<" + config.catalog().licence() + ">; rel=\"license\"";
        filters.register(ctx -> {
            if (isDataRead(ctx)) {
                ctx.addHeadersEndHandler(v -> {
                    int status = ctx.response().getStatusCode();
                    if (status >= 200 && status < 300 || status == 304) {
                        ctx.response().headers().add("Link", link);
                    }
                });
            }
            ctx.next();
        }, SecurityHeadersFilter.PRIORITY - 1);
    }

    private static boolean isDataRead(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        String path = ctx.normalizedPath();
        return (method == HttpMethod.GET || method == HttpMethod.HEAD)
                && (path.startsWith("/api/v1/") || path.equals("/catalog") || path.startsWith("/catalog.")
                        || path.equals("/download.zip"));
    }
}
