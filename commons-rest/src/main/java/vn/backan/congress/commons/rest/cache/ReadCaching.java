package vn.backan.congress.commons.rest.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.backan.congress.commons.etag.ConditionalReads;
import vn.backan.congress.commons.web.MetricsPaths;

/**
 * What a read's answer says to caches, and the keeping of rendered representations. One rule for
 * every kept copy (docs/adr/0003-one-rule-for-kept-reads.md): a public read may be kept by any cache
 * but revalidated at every use ({@code public, no-cache}), so its ETag, not a clock, says whether it
 * is still right; an answer to a request with a token is private. {@code Last-Modified} is the last
 * change of the read's datasets.
 */
@ApplicationScoped
public class ReadCaching {

    /** What a public read tells every cache: keep it, but ask before using it again. */
    public static final String PUBLIC = "public, no-cache";

    private static final String KEY = "congress.cache.key";
    private static final String SNAPSHOT = "congress.cache.snapshot";
    /** Set again on every answer, so never kept with a representation. */
    private static final Set<String> NOT_KEPT = Set.of("content-type", "content-length", "content-encoding", "etag",
            "date");

    @Inject
    RepresentationCache cache;

    static void note(ContainerRequestContext request, String key, Snapshot snapshot) {
        request.setProperty(KEY, key);
        request.setProperty(SNAPSHOT, snapshot);
    }

    /** Cache-Control and Last-Modified on a successful read, unless the resource chose its own. */
    public void describe(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        if (!headers.containsKey(HttpHeaders.CACHE_CONTROL)) {
            boolean forToken = request.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
            headers.putSingle(HttpHeaders.CACHE_CONTROL, forToken ? "private, no-cache" : PUBLIC);
        }
        Snapshot snapshot = (Snapshot) request.getProperty(SNAPSHOT);
        if (snapshot != null && snapshot.lastModified() != null) {
            headers.putSingle(HttpHeaders.LAST_MODIFIED, ConditionalReads.httpDate(snapshot.lastModified()));
        }
    }

    /** {@code If-None-Match}, or {@code If-Modified-Since} without it, for this answer. */
    public static boolean notModified(ContainerRequestContext request, String etag) {
        Snapshot snapshot = (Snapshot) request.getProperty(SNAPSHOT);
        return ConditionalReads.notModified(request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE), etag,
                snapshot == null ? null : snapshot.lastModified());
    }

    /**
     * Keeps what a {@link CachedRead} resource rendered, with every header it is sent with (its
     * Last-Modified included: the versions it was made under are those it is served under), and
     * sends it gzipped when the client accepts that (as every kept answer will be).
     */
    public void keep(ContainerRequestContext request, ContainerResponseContext response, byte[] body, String etag) {
        String key = (String) request.getProperty(KEY);
        if (key == null || response.getMediaType() == null) {
            return;
        }
        List<Map.Entry<String, String>> kept = new ArrayList<>();
        // getHeaders, not getStringHeaders: the latter may not show what filters added since.
        response.getHeaders().forEach((name, values) -> {
            if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> kept.add(Map.entry(name, String.valueOf(v))));
            }
        });
        Representation r = Representation.of(body, response.getMediaType().toString(), etag, kept,
                (Snapshot) request.getProperty(SNAPSHOT), MetricsPaths.current());
        cache.put(key, r);
        if (ConditionalReads.acceptsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING))) {
            response.setEntity(r.gzipped(), response.getEntityAnnotations(), response.getMediaType());
            response.getHeaders().putSingle(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
    }
}
