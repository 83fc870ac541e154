package vn.backan.congress.commons.rest.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.backan.congress.commons.web.MethodTags;

/**
 * Keeps the tags of {@code http_server_requests} bounded whatever a client sends. A request refused
 * for its token is refused before it is routed, so Quarkus would tag it with its raw path: about
 * 100 invented paths with a bad token filled Quarkus' cap of URI tags, and new endpoints stopped
 * being measured. Such requests share one tag, {@code UNAUTHORIZED}; an invented HTTP method is
 * tagged {@code OTHER}. Requests no resource method took (a method the path does not have, a type
 * it cannot answer or read) are tagged with their raw path by Quarkus too: they share one tag per
 * status, named as Quarkus names its {@code NOT_FOUND}.
 */
public final class BoundedTags {

    static final String REQUESTS = "http.server.requests";

    /** Statuses given before any resource method matched, and the one tag each shares. */
    static final Map<String, String> UNMATCHED = Map.of("401", "UNAUTHORIZED", "405", "METHOD_NOT_ALLOWED",
            "406", "NOT_ACCEPTABLE", "415", "UNSUPPORTED_MEDIA_TYPE");

    @Produces
    @Singleton
    MeterFilter boundHttpServerTags() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                return bounded(id);
            }
        };
    }

    static Meter.Id bounded(Meter.Id id) {
        if (!REQUESTS.equals(id.getName())) {
            return id;
        }
        String unmatched = UNMATCHED.get(id.getTag("status"));
        List<Tag> tags = id.getTags().stream().map(t -> switch (t.getKey()) {
            case "uri" -> unmatched != null ? Tag.of("uri", unmatched) : t;
            case "method" -> Tag.of("method", MethodTags.of(t.getValue()));
            default -> t;
        }).collect(Collectors.toList());
        return id.replaceTags(tags);
    }
}
