package vn.backan.congress.commons.rest.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a read's answer says to caches, and the keeping of rendered representations: public reads
 * may be kept {@code congress.cache.max-age} and served stale while revalidating
 * ({@code congress.cache.stale-while-revalidate}); an answer to a request with a token is private
 * and revalidated every time. {@code Last-Modified} is the last change of the read's datasets.
 */
@ApplicationScoped
public class ReadCaching {

    private static final String KEY = "congress.cache.key";
    private static final String LAST_MODIFIED = "congress.cache.last-modified";
    /** Set again on every answer, so never kept with a representation. */
    private static final Set<String> NOT_KEPT = Set.of("content-type", "content-length", "content-encoding", "etag",
            "vary", "cache-control", "last-modified", "date");

    @Inject
    RepresentationCache cache;

    private final String publicControl;

    @Inject
    ReadCaching(@ConfigProperty(name = "congress.cache.max-age", defaultValue = "10s") Duration maxAge,
            @ConfigProperty(name = "congress.cache.stale-while-revalidate", defaultValue = "60s") Duration stale) {
        publicControl = "public, max-age=" + maxAge.toSeconds() + ", stale-while-revalidate=" + stale.toSeconds();
    }

    static void setKey(ContainerRequestContext request, String key) {
        request.setProperty(KEY, key);
    }

    static void setLastModified(ContainerRequestContext request, Instant lastModified) {
        if (lastModified != null) {
            request.setProperty(LAST_MODIFIED, lastModified.truncatedTo(ChronoUnit.SECONDS));
        }
    }

    /** Cache-Control and Last-Modified on a successful read, unless the resource chose its own. */
    public void describe(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        if (!headers.containsKey(HttpHeaders.CACHE_CONTROL)) {
            boolean forToken = request.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
            headers.putSingle(HttpHeaders.CACHE_CONTROL, forToken ? "private, no-cache" : publicControl);
        }
        Instant lastModified = (Instant) request.getProperty(LAST_MODIFIED);
        if (lastModified != null) {
            headers.putSingle(HttpHeaders.LAST_MODIFIED,
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(lastModified.atZone(ZoneOffset.UTC)));
        }
    }

    /**
     * Keeps what a {@link CachedRead} resource rendered, when the request filter left a key, and
     * sends it gzipped when the client accepts that (as every later hit will be).
     */
    public void keep(ContainerRequestContext request, ContainerResponseContext response, byte[] body, String etag) {
        String key = (String) request.getProperty(KEY);
        if (key == null || response.getMediaType() == null) {
            return;
        }
        List<Map.Entry<String, String>> kept = new ArrayList<>();
        response.getStringHeaders().forEach((name, values) -> {
            if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> kept.add(Map.entry(name, v)));
            }
        });
        Representation r = Representation.of(body, response.getMediaType().toString(), etag, kept);
        cache.put(key, r);
        if (acceptsGzip(request)) {
            response.setEntity(r.gzipped(), response.getEntityAnnotations(), response.getMediaType());
            response.getHeaders().putSingle(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
    }

    /** {@code If-Modified-Since}, which counts only without {@code If-None-Match} (RFC 9110 §13.1.3). */
    public static boolean unmodifiedSince(ContainerRequestContext request) {
        String since = request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
        Instant lastModified = (Instant) request.getProperty(LAST_MODIFIED);
        if (since == null || lastModified == null || request.getHeaderString(HttpHeaders.IF_NONE_MATCH) != null) {
            return false;
        }
        try {
            return !lastModified.isAfter(ZonedDateTime.parse(since.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant());
        } catch (DateTimeParseException e) {
            return false; // an invalid date is ignored, as RFC 9110 §13.1.3 says
        }
    }

    /** gzip named in Accept-Encoding (or *) without q=0. */
    static boolean acceptsGzip(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.ACCEPT_ENCODING);
        if (header == null) {
            return false;
        }
        for (String part : header.split(",")) {
            String[] fields = part.trim().split(";");
            String coding = fields[0].trim().toLowerCase(Locale.ROOT);
            if ((coding.equals("gzip") || coding.equals("*")) && !refused(fields)) {
                return true;
            }
        }
        return false;
    }

    private static boolean refused(String[] fields) {
        for (int i = 1; i < fields.length; i++) {
            String f = fields[i].trim().toLowerCase(Locale.ROOT).replace(" ", "");
            if (f.startsWith("q=")) {
                try {
                    return Double.parseDouble(f.substring(2)) <= 0;
                } catch (NumberFormatException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
