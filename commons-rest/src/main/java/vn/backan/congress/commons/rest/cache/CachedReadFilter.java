package vn.backan.congress.commons.rest.cache;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/**
 * A {@link CachedRead} resource is about to render: notes the request's key and the versions of
 * its datasets now, for {@link ReadCaching#keep} to keep what it renders and for its
 * Last-Modified. Kept answers are served before any of this ({@link KeptReadRoute}). A request
 * with a token is left alone: its answer is private, and computed from the database.
 */
@CachedRead
@Provider
@Priority(Priorities.USER)
public class CachedReadFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    HttpServerRequest vertxRequest;

    @Inject
    DatasetVersions versions;

    @Inject
    RepresentationCache cache;

    @Override
    public void filter(ContainerRequestContext request) {
        String method = request.getMethod();
        if (!(method.equals("GET") || method.equals("HEAD"))
                || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            return;
        }
        ReadCaching.note(request, cache.keyOf(vertxRequest), Snapshot.of(datasetsOf(resource.getResourceMethod()), versions));
    }

    private static String[] datasetsOf(Method method) {
        CachedRead onMethod = method.getAnnotation(CachedRead.class);
        return (onMethod != null ? onMethod : method.getDeclaringClass().getAnnotation(CachedRead.class)).value();
    }
}
