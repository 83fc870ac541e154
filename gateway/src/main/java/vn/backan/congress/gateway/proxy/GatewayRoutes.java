package vn.backan.congress.gateway.proxy;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.backan.congress.gateway.config.GatewayConfig;

/**
 * Mounts the configured route table on Quarkus' Vert.x router. Paths no route claims fall
 * through to the commons 404 problem handler.
 */
@ApplicationScoped
public class GatewayRoutes {

    private static final Logger LOG = Logger.getLogger(GatewayRoutes.class);

    private record Mount(String prefix, String routeName, String group, Upstream upstream, Optional<String> strip) {
    }

    private record Exact(String path, String routeName, String group, Upstream upstream) {
    }

    void init(@Observes Router router, GatewayConfig config, Upstreams upstreams, ProxySettings settings) {
        List<Mount> mounts = new ArrayList<>();
        List<Exact> exact = new ArrayList<>();
        config.routes().forEach((name, route) -> {
            Upstream upstream = upstreams.get(route.upstream());
            Optional<String> strip = route.stripPrefix().map(GatewayRoutes::normalize);
            if (!settings.rateLimiter().hasGroup(route.rateLimitGroup())) {
                throw new IllegalArgumentException("gateway.routes." + name + ".rate-limit-group: no group '"
                        + route.rateLimitGroup() + "' under gateway.rate-limits");
            }
            for (String raw : route.prefixes()) {
                String prefix = normalize(raw);
                if (strip.isPresent() && !prefix.startsWith(strip.get())) {
                    throw new IllegalArgumentException("gateway.routes." + name + ": prefix " + prefix
                            + " does not start with strip-prefix " + strip.get());
                }
                mounts.add(new Mount(prefix, name, route.rateLimitGroup(), upstream, strip));
            }
            route.paths().orElse(List.of()).forEach(p -> exact.add(new Exact(normalize(p), name,
                    route.rateLimitGroup(), upstream)));
        });
        // Exact paths first: "/" here is that one path, where "/" as a prefix would claim every path.
        for (Exact e : exact) {
            router.routeWithRegex(java.util.regex.Pattern.quote(e.path())).handler(new ProxyRoute(e.routeName(),
                    e.group(), e.upstream(), Optional.empty(), e.path(), settings));
            LOG.infof("Route %s: %s (exactly) -> %s (rate limit %s)", e.routeName(), e.path(), e.upstream().name(),
                    e.group());
        }
        // Vert.x tries routes in the order added: longest prefix first, so nested prefixes work.
        mounts.sort(Comparator.comparingInt((Mount m) -> m.prefix().length()).reversed());
        for (Mount mount : mounts) {
            // "/x/*" matches "/x", "/x/" and "/x/..." but not "/xy".
            String path = mount.prefix().equals("/") ? "/*" : mount.prefix() + "/*";
            router.route(path).handler(new ProxyRoute(mount.routeName(), mount.group(), mount.upstream(),
                    mount.strip(), path, settings));
            LOG.infof("Route %s: %s -> %s (rate limit %s)", mount.routeName(), path, mount.upstream().name(),
                    mount.group());
        }
    }

    /** A prefix starts with '/' and has no trailing '/', so "/x" and "/x/" mean the same. */
    private static String normalize(String prefix) {
        String p = prefix.trim();
        if (!p.startsWith("/")) {
            throw new IllegalArgumentException("Route prefix must start with '/': " + prefix);
        }
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
