package vn.backan.congress.gateway.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers on every answer, proxied or the gateway's own. A {@code Date} (RFC 9110 §6.6.1: an origin
 * with a clock sends one; the gateway's own answers had none). Browser hardening: no MIME sniffing
 * (a CSV must not be run as a script), no referrer leaking query strings, never framed but the
 * portal's widget.
 * {@code Strict-Transport-Security} only on a TLS connection: RFC 6797 §7.2 forbids it over plain
 * HTTP, and behind a TLS-terminating ingress it is the ingress that must send it.
 */
@ApplicationScoped
public class SecurityHeadersFilter {

    /**
     * Before every other filter (the request id's is 10,000, the body limit's just below), so that
     * even their refusals (413, CORS, rate limits, 404) get the headers.
     */
    static final int PRIORITY = 20_000;

    /** The one path under which answers may be framed: the portal's widget. */
    static final String EMBEDDABLE = "/embed/";

    static final String HSTS = "max-age=31536000; includeSubDomains";

    void register(@Observes Filters filters) {
        filters.register(ctx -> {
            ctx.addHeadersEndHandler(v -> decorate(ctx));
            ctx.next();
        }, PRIORITY);
    }

    private static void decorate(RoutingContext ctx) {
        MultiMap headers = ctx.response().headers();
        if (!headers.contains("Date")) {
            headers.set("Date", HttpDates.now());
        }
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        // The portal's widget (/embed/) is made to be framed by district portals: its own policy
        // (frame-ancestors *) says so. Everything else is never framed.
        if (!ctx.normalizedPath().startsWith(EMBEDDABLE)) {
            headers.set("X-Frame-Options", "DENY");
        }
        // An upstream page (e.g. an API explorer, the portal) may bring its own policy; keep it, else forbid framing.
        if (!headers.contains("Content-Security-Policy")) {
            headers.set("Content-Security-Policy", "frame-ancestors 'none'");
        }
        if (ctx.request().isSSL()) {
            headers.set("Strict-Transport-Security", HSTS);
        }
    }
}
