package vn.backan.congress.commons.rest.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The methods a path answers, for the {@code Allow} header a 405 must carry (RFC 9110). RESTEasy
 * Reactive does not hand them to exception mappers, so they are read once from the resource
 * classes' annotations: each class and method {@code @Path} as a pattern, with its HTTP methods.
 */
@ApplicationScoped
public class AllowedMethods {

    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*([^{}]+))?}");

    private record Route(Pattern path, String method) {
    }

    @Inject
    BeanManager beans;

    private volatile List<Route> routes;

    /** {@code GET, HEAD, POST}, say; empty when no resource serves the path. */
    public Optional<String> of(String path) {
        Set<String> methods = new TreeSet<>();
        for (Route route : routes()) {
            if (route.path().matcher(path).matches()) {
                methods.add(route.method());
            }
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        return methods.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", methods));
    }

    private List<Route> routes() {
        List<Route> known = routes;
        if (known == null) {
            known = new ArrayList<>();
            for (var bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
                Path root = bean.getBeanClass().getAnnotation(Path.class);
                if (root != null) {
                    addRoutes(known, root.value(), bean.getBeanClass());
                }
            }
            routes = List.copyOf(known);
        }
        return known;
    }

    private static void addRoutes(List<Route> into, String root, Class<?> resource) {
        for (Method method : resource.getMethods()) {
            String verb = verbOf(method);
            if (verb != null) {
                Path sub = method.getAnnotation(Path.class);
                into.add(new Route(pattern(root + "/" + (sub == null ? "" : sub.value())), verb));
            }
        }
    }

    private static String verbOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** A JAX-RS template as a regular expression: literal text quoted, {name} one segment, {name: re} re. */
    static Pattern pattern(String template) {
        String path = ("/" + template).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(path);
        int at = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(path.substring(at, parameter.start())));
            regex.append('(').append(parameter.group(1) == null ? "[^/]+" : parameter.group(1).trim()).append(')');
            at = parameter.end();
        }
        regex.append(Pattern.quote(path.substring(at)));
        return Pattern.compile(regex + "/?");
    }
}
