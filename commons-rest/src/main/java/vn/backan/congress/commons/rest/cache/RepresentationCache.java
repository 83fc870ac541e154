package vn.backan.congress.commons.rest.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import vn.backan.congress.commons.time.ProvinceDay;

/**
 * The rendered representations of {@link CachedRead} resources, bounded by their size in bytes
 * ({@code congress.cache.max-bytes}), one per request key: the path and query, {@code Accept} and
 * the province's date (a read whose asOf defaults to today changes when the day does). Each
 * remembers the dataset versions it was made under; once one moves on, it is not served again,
 * and the next read replaces it.
 */
@ApplicationScoped
public class RepresentationCache {

    /** The province's day (UTC+7). */
    private final Cache<String, Representation> entries;

    @Inject
    Clock clock;

    @Inject
    RepresentationCache(CacheSettings settings) {
        entries = Caffeine.newBuilder().maximumWeight(settings.maxBytes())
                .weigher((String key, Representation r) -> key.length() * 2 + r.weight()).build();
    }

    /**
     * The key of a request, the same whether the kept answer is looked for or made: path and query,
     * not the host, since representations hold only relative links (as the gateway's keys assume too).
     */
    String keyOf(HttpServerRequest request) {
        return request.uri() + '\n' + request.getHeader(HttpHeaders.ACCEPT) + '\n'
                + ProvinceDay.today(clock);
    }

    Representation get(String key) {
        return entries.getIfPresent(key);
    }

    void put(String key, Representation representation) {
        entries.put(key, representation);
    }
}
