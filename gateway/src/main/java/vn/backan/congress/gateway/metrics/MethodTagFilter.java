package vn.backan.congress.gateway.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.stream.Collectors;
import vn.backan.congress.commons.web.MethodTags;

/**
 * Bounds the HTTP {@code method} tag of the gateway's request meters, Quarkus' {@code http_server_requests}
 * as well as the gateway's own. Only those: SmallRye Fault Tolerance names each breaker in a tag
 * also called {@code method} ("gateway upstream targets"), and bounding it as an HTTP method folded
 * all four breakers into one series, "OTHER".
 */
final class MethodTagFilter {

    static final Set<String> HTTP_METERS = Set.of("http.server.requests", "gateway.requests");

    @Produces
    @Singleton
    MeterFilter boundMethodTag() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (!HTTP_METERS.contains(id.getName()) || id.getTag("method") == null) {
                    return id;
                }
                return id.replaceTags(id.getTags().stream().map(t -> t.getKey().equals("method")
                        ? Tag.of("method", MethodTags.of(t.getValue())) : t).collect(Collectors.toList()));
            }
        };
    }
}
