package vn.backan.congress.gateway.metrics;

import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import vn.backan.congress.commons.web.MethodTags;

/**
 * Bounds the {@code method} tag of every gateway meter, Quarkus' {@code http_server_requests} as well
 * as the gateway's own. Quarkus applies MeterFilter beans to its registries.
 */
final class MethodTagFilter {

    @Produces
    @Singleton
    MeterFilter boundMethodTag() {
        return MeterFilter.replaceTagValues("method", MethodTags::of);
    }
}
