package vn.backan.congress.commons.rest.cache;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code congress.cache.*}: the kept reads of a service (docs/adr/0003-one-rule-for-kept-reads.md).
 * A kept copy is served while the dataset versions it was made under are current; a replica learns
 * its own writes at commit and other replicas' within {@code version-poll}.
 */
@ConfigMapping(prefix = "congress.cache")
public interface CacheSettings {

    /** The datasets this service publishes; each service sets them, a module without data none. */
    Optional<List<String>> datasets();

    /** How often dataset_version is read again: half the one-second bound, leaving the gateway the other half. */
    @WithDefault("500ms")
    Duration versionPoll();

    /** Bytes of rendered representations kept per service. */
    @WithDefault("16777216")
    long maxBytes();
}
