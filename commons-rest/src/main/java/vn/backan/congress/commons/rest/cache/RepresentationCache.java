package vn.backan.congress.commons.rest.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rendered representations of {@link CachedRead} resources, bounded by their size in bytes
 * ({@code congress.cache.max-bytes}). A key names the versions it was made from, so an entry is
 * never wrong: after a write it is simply no longer asked for, and ages out.
 */
@ApplicationScoped
public class RepresentationCache {

    private final Cache<String, Representation> entries;

    @Inject
    RepresentationCache(@ConfigProperty(name = "congress.cache.max-bytes", defaultValue = "16777216") long maxBytes) {
        entries = Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((String key, Representation r) -> key.length() * 2 + r.weight()).build();
    }

    public Representation get(String key) {
        return entries.getIfPresent(key);
    }

    public void put(String key, Representation representation) {
        entries.put(key, representation);
    }

    /** Forgets everything (tests that must see a read computed). */
    public void clear() {
        entries.invalidateAll();
    }
}
