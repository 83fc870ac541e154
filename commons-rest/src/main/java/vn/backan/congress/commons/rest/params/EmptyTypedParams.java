package vn.backan.congress.commons.rest.params;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A typed query parameter sent empty ({@code ?dryRun=}, {@code ?year=}) is refused. JAX-RS would
 * give it its default value, so {@code dryRun=} would quietly mean false; a client that sent the
 * parameter meant something, and is told to say what. Text parameters (such as {@code q}) may be empty.
 */
public class EmptyTypedParams {

    @ServerRequestFilter
    public void refuseEmpty(ResourceInfo resource, UriInfo uri) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        for (Parameter p : method.getParameters()) {
            check(p.getAnnotation(QueryParam.class), p.getType(), uri);
            if (p.isAnnotationPresent(BeanParam.class)) {
                for (Field f : p.getType().getFields()) {
                    check(f.getAnnotation(QueryParam.class), f.getType(), uri);
                }
            }
        }
    }

    private static void check(QueryParam param, Class<?> type, UriInfo uri) {
        if (param == null || type == String.class) {
            return;
        }
        List<String> values = uri.getQueryParameters().get(param.value());
        if (values != null && values.stream().anyMatch(String::isEmpty)) {
            throw new InvalidParameter(param.value(), "must not be empty: leave it out for its default");
        }
    }
}
