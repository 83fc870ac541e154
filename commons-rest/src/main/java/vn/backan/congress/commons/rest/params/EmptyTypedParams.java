package vn.backan.congress.commons.rest.params;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A typed query parameter sent empty ({@code ?dryRun=}, {@code ?year=}) is refused. JAX-RS would
 * give it its default value, so {@code dryRun=} would quietly mean false; a client that sent the
 * parameter meant something, and is told to say what. Text parameters (such as {@code q}) may be empty.
 */
public class EmptyTypedParams {

    /** Each resource method's typed query parameters, read by reflection once rather than per request. */
    private static final Map<Method, List<String>> TYPED = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseEmpty(ResourceInfo resource, UriInfo uri) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        for (String name : TYPED.computeIfAbsent(method, EmptyTypedParams::typedQueryParams)) {
            List<String> values = uri.getQueryParameters().get(name);
            if (values != null && values.stream().anyMatch(String::isEmpty)) {
                throw new InvalidParameter(name, "must not be empty: leave it out for its default");
            }
        }
    }

    private static List<String> typedQueryParams(Method method) {
        List<String> names = new ArrayList<>();
        for (Parameter p : method.getParameters()) {
            addIfTyped(p.getAnnotation(QueryParam.class), p.getType(), names);
            if (p.isAnnotationPresent(BeanParam.class)) {
                for (Field f : p.getType().getFields()) {
                    addIfTyped(f.getAnnotation(QueryParam.class), f.getType(), names);
                }
            }
        }
        return List.copyOf(names);
    }

    private static void addIfTyped(QueryParam param, Class<?> type, List<String> names) {
        if (param != null && type != String.class) {
            names.add(param.value());
        }
    }
}
