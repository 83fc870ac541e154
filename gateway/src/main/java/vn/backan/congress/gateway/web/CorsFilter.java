package vn.backan.congress.gateway.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import vn.backan.congress.commons.problem.Problems;
import vn.backan.congress.commons.web.MetricsPaths;
import vn.backan.congress.commons.web.ProblemWriter;
import vn.backan.congress.gateway.config.GatewayConfig;

/**
 * CORS for browsers, answered by the gateway itself: the data is public, so reads (GET, HEAD,
 * OPTIONS) are allowed from any origin; writes only from {@code gateway.cors.write-origins}.
 * A write from another origin is refused with a 403 even without a preflight, since a "simple"
 * form POST skips the preflight. Upstreams' own CORS headers are replaced, never doubled.
 * (Quarkus' built-in CORS filter has one origin list for all methods, hence this one.)
 */
@ApplicationScoped
public class CorsFilter {

    /** After the request id (so a refusal carries it), before rate limiting and routing. */
    static final int PRIORITY = 9_000;

    private static final String REFUSED = "gateway.cors.refused";
    private static final String PREFLIGHT_METHODS = "gateway.cors.preflight-methods";
    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final String READ_METHODS = "GET, HEAD, OPTIONS";
    private static final String ALL_METHODS = "GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE";

    private final Set<String> writeOrigins;
    private final String allowedHeaders;
    private final String exposedHeaders;
    private final String maxAge;

    CorsFilter(GatewayConfig config) {
        GatewayConfig.Cors cors = config.cors();
        this.writeOrigins = cors.writeOrigins().orElse(List.of()).stream().map(CorsFilter::normalize)
                .collect(Collectors.toUnmodifiableSet());
        this.allowedHeaders = String.join(", ", cors.allowedHeaders());
        this.exposedHeaders = String.join(", ", cors.exposedHeaders());
        this.maxAge = Long.toString(cors.maxAge().toSeconds());
    }

    void register(@Observes Filters filters) {
        // The headers hook goes first of all, so that answers given before the decision below (a 413
        // from the body limit) carry CORS headers too and a browser lets the page read them.
        filters.register(ctx -> {
            String origin = ctx.request().getHeader("Origin");
            ctx.addHeadersEndHandler(v -> decorate(ctx, origin));
            ctx.next();
        }, SecurityHeadersFilter.PRIORITY);
        filters.register(this::handle, PRIORITY);
    }

    private void handle(RoutingContext ctx) {
        String origin = ctx.request().getHeader("Origin");
        if (origin == null) {
            ctx.next();
            return;
        }
        String requested = ctx.request().getHeader("Access-Control-Request-Method");
        if (ctx.request().method() == HttpMethod.OPTIONS && requested != null) {
            HttpMethod method = methodOrNull(requested);
            if (method == null) {
                MetricsPaths.name("/{cors-preflight}");
                ctx.put(REFUSED, Boolean.TRUE);
                ProblemWriter.send(ctx, Problems.of(400, "Access-Control-Request-Method must be an HTTP method"
                        + " such as GET or POST."));
                return;
            }
            MetricsPaths.name("/{cors-preflight}");
            preflight(ctx, origin, method);
            return;
        }
        // Browsers send Origin on same-origin writes too (Swagger UI's "try it out" at /docs): those are
        // not cross-origin, so the write-origin list does not apply.
        if (!READS.contains(ctx.request().method()) && !mayWrite(origin) && !isSameOrigin(ctx, origin)) {
            refuse(ctx, origin);
            return;
        }
        ctx.next();
    }

    private void preflight(RoutingContext ctx, String origin, HttpMethod requested) {
        boolean writer = mayWrite(origin);
        if (!READS.contains(requested) && !writer) {
            refuse(ctx, origin);
            return;
        }
        ctx.put(PREFLIGHT_METHODS, writer ? ALL_METHODS : READ_METHODS);
        ctx.response().setStatusCode(204).end();
    }

    private void refuse(RoutingContext ctx, String origin) {
        MetricsPaths.name("/{cors-refused}");
        ctx.put(REFUSED, Boolean.TRUE);
        ProblemWriter.send(ctx, Problems.of(403, "Origin " + origin + " may read this API but not write to it."));
    }

    /** Runs just before the head is written, after an upstream's headers were copied on, and replaces them. */
    private void decorate(RoutingContext ctx, String origin) {
        MultiMap headers = ctx.response().headers();
        HeaderEdits.removeIf(headers, name -> HeaderEdits.startsWithIgnoreCase(name, "access-control-"));
        // Whatever the answer, it depends on Origin: caches must keep one copy per origin.
        HeaderEdits.vary(headers, "Origin");
        if (origin == null || Boolean.TRUE.equals(ctx.get(REFUSED))) {
            return; // no Access-Control-Allow-Origin: the browser keeps the answer from the page
        }
        headers.set("Access-Control-Allow-Origin", origin);
        String methods = ctx.get(PREFLIGHT_METHODS);
        if (methods != null) {
            headers.set("Access-Control-Allow-Methods", methods);
            headers.set("Access-Control-Allow-Headers", allowedHeaders);
            headers.set("Access-Control-Max-Age", maxAge);
        } else {
            headers.set("Access-Control-Expose-Headers", exposedHeaders);
        }
    }

    private static HttpMethod methodOrNull(String requested) {
        try {
            return HttpMethod.valueOf(requested.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Origin names this very host (and port, when the Host header gives one; behind TLS it may not). */
    static boolean isSameOrigin(RoutingContext ctx, String origin) {
        HostAndPort authority = ctx.request().authority();
        if (authority == null) {
            return false;
        }
        URI uri;
        try {
            uri = URI.create(origin.trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(authority.host())) {
            return false;
        }
        int originPort = uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return authority.port() <= 0 || authority.port() == originPort;
    }

    private boolean mayWrite(String origin) {
        return writeOrigins.contains(normalize(origin));
    }

    private static String normalize(String origin) {
        String o = origin.trim().toLowerCase(Locale.ROOT);
        return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
    }
}
