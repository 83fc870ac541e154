package vn.backan.congress.gateway.metrics;

import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Set;

/**
 * Keeps the {@code method} tag bounded. HTTP lets a client send any token as its method, and
 * every meter tagged with it (Quarkus' {@code http_server_requests} as well as the gateway's own)
 * would otherwise start a new time series per invented method.
 */
public final class MethodTags {

    private static final Set<String> KNOWN = Set.of("GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE");

    private MethodTags() {
    }

    /** The method itself when it is one the API uses, else {@code OTHER}. */
    public static String of(String method) {
        return KNOWN.contains(method) ? method : "OTHER";
    }

    /** Quarkus applies MeterFilter beans to its registries. */
    static final class Filter {
        @Produces
        @Singleton
        MeterFilter boundMethodTag() {
            return MeterFilter.replaceTagValues("method", MethodTags::of);
        }
    }
}
