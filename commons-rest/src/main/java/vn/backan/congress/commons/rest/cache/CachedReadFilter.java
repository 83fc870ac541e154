package vn.backan.congress.commons.rest.cache;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Serves a {@link CachedRead} resource from the {@link RepresentationCache} when it holds the
 * answer for this request and the current versions of its datasets, before the resource (and so
 * any database work) runs; the ETag filter then answers {@code If-None-Match} with a 304. On a
 * miss it leaves the key for the ETag filter, which keeps what the resource renders. A request
 * with a token is never served from here: its answer is private, and computed from the database.
 */
@CachedRead
@Provider
@Priority(Priorities.USER)
public class CachedReadFilter implements ContainerRequestFilter {

    /** The province's day (UTC+7): a read whose asOf defaults to today changes when it does. */
    private static final ZoneOffset PROVINCE = ZoneOffset.ofHours(7);

    @Context
    ResourceInfo resource;

    @Inject
    DatasetVersions versions;

    @Inject
    RepresentationCache cache;

    @Inject
    Clock clock;

    @Override
    public void filter(ContainerRequestContext request) {
        String method = request.getMethod();
        if (!(method.equals("GET") || method.equals("HEAD"))
                || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            return;
        }
        StringBuilder key = new StringBuilder(request.getUriInfo().getRequestUri().toString()).append('\n')
                .append(request.getHeaderString(HttpHeaders.ACCEPT)).append('\n')
                .append(LocalDate.ofInstant(clock.instant(), PROVINCE));
        Instant lastModified = null;
        for (String dataset : datasetsOf(resource.getResourceMethod())) {
            DatasetVersions.Version v = versions.of(dataset);
            key.append('\n').append(dataset).append('=').append(v.number());
            lastModified = lastModified == null || v.changedAt().isAfter(lastModified) ? v.changedAt() : lastModified;
        }
        ReadCaching.setLastModified(request, lastModified);
        Representation kept = cache.get(key.toString());
        if (kept == null) {
            ReadCaching.setKey(request, key.toString());
            return;
        }
        boolean gzip = ReadCaching.acceptsGzip(request);
        Response.ResponseBuilder answer = Response.ok(gzip ? kept.gzipped() : kept.body(), kept.mediaType())
                .header(HttpHeaders.ETAG, kept.etag());
        for (Map.Entry<String, String> header : kept.headers()) {
            answer.header(header.getKey(), header.getValue());
        }
        if (gzip) {
            answer.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        request.abortWith(answer.build());
    }

    private static String[] datasetsOf(Method method) {
        CachedRead onMethod = method.getAnnotation(CachedRead.class);
        return (onMethod != null ? onMethod : method.getDeclaringClass().getAnnotation(CachedRead.class)).value();
    }
}
