package vn.backan.congress.gateway.proxy;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;

/**
 * Tells the upstream who really called: {@code X-Forwarded-For/-Proto/-Host} (what Quarkus'
 * {@code quarkus.http.proxy.*} understands) and the standard {@code Forwarded} (RFC 7239).
 * The gateway appends to a chain a caller sent rather than replacing it, as proxies do; the
 * upstream decides how many hops it trusts.
 */
final class ForwardedHeaders {

    private ForwardedHeaders() {
    }

    static void add(HttpServerRequest request, MultiMap headers) {
        String clientIp = clientIp(request.remoteAddress());
        String proto = request.scheme() == null ? "http" : request.scheme();
        HostAndPort authority = request.authority();
        String host = authority == null ? null : authority.toString();

        append(headers, "X-Forwarded-For", clientIp);
        headers.set("X-Forwarded-Proto", proto);
        if (host != null) {
            headers.set("X-Forwarded-Host", host);
        }

        StringBuilder forwarded = new StringBuilder("for=").append(quoteNode(clientIp));
        if (host != null) {
            forwarded.append(";host=").append(quote(host));
        }
        forwarded.append(";proto=").append(proto);
        append(headers, "Forwarded", forwarded.toString());
    }

    private static String clientIp(SocketAddress remote) {
        if (remote == null) {
            return "unknown";
        }
        return remote.hostAddress() != null ? remote.hostAddress() : remote.host();
    }

    private static void append(MultiMap headers, String name, String value) {
        // A chain may arrive split over several header lines; it is one list (RFC 9110 §5.3).
        String existing = String.join(", ", headers.getAll(name));
        headers.set(name, existing.isBlank() ? value : existing + ", " + value);
    }

    /** RFC 7239 §6: IPv6 addresses are bracketed and, like anything with ':', quoted. */
    private static String quoteNode(String ip) {
        return ip.contains(":") ? "\"[" + ip + "]\"" : ip;
    }

    private static String quote(String value) {
        return value.contains(":") ? "\"" + value + "\"" : value;
    }
}
