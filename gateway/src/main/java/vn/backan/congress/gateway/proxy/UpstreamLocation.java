package vn.backan.congress.gateway.proxy;

import io.vertx.core.MultiMap;
import java.net.URI;

/**
 * A service builds an absolute {@code Location} from the address the gateway called it on
 * ({@code http://programs-service:8082/api/v1/solutions/3}), which means nothing to a client and
 * names an internal host. The gateway turns such a Location into a path (RFC 9110 allows a
 * relative reference), which the client resolves against the gateway's own address.
 */
final class UpstreamLocation {

    private UpstreamLocation() {
    }

    static void rewrite(MultiMap headers, Upstream upstream) {
        String location = headers.get("Location");
        if (location != null) {
            headers.set("Location", relative(location, upstream));
        }
    }

    static String relative(String location, Upstream upstream) {
        URI uri;
        try {
            uri = URI.create(location.trim());
        } catch (IllegalArgumentException e) {
            return location;
        }
        if (!uri.isAbsolute() || uri.getHost() == null || !uri.getHost().equalsIgnoreCase(upstream.host())
                || effectivePort(uri) != upstream.port()) {
            return location; // already relative, or somewhere else: not ours to change
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() > 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
