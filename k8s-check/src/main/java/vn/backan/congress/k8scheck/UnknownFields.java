package vn.backan.congress.k8scheck;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the keys Jackson could not place. The fabric8 model classes keep any key they do not
 * declare in an {@code additionalProperties} map instead of failing, so a typo like
 * {@code resource:} for {@code resources:} would otherwise pass unnoticed (and the API server would
 * drop it). This walks the typed object and reports every such key with its path.
 */
public final class UnknownFields {

    private static final String FABRIC8 = "io.fabric8.";

    private UnknownFields() {
    }

    public static List<String> of(Object root) {
        List<String> found = new ArrayList<>();
        walk(root, "", found);
        return found;
    }

    private static void walk(Object node, String path, List<String> found) {
        if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", found);
            }
        } else if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> walk(value, path + "." + key, found));
        } else if (node != null && node.getClass().getName().startsWith(FABRIC8)) {
            for (Method getter : node.getClass().getMethods()) {
                if (isModelGetter(getter)) {
                    visit(node, getter, path, found);
                }
            }
        }
    }

    private static void visit(Object node, Method getter, String path, List<String> found) {
        Object value = invoke(node, getter);
        if (getter.getName().equals("getAdditionalProperties")) {
            if (value instanceof Map<?, ?> extra) {
                extra.keySet().forEach(key -> found.add(join(path, String.valueOf(key))));
            }
            return;
        }
        walk(value, join(path, jsonName(getter)), found);
    }

    /** Only getters that lead to more model objects; scalar getters cannot hide unknown keys. */
    private static boolean isModelGetter(Method m) {
        if (m.getParameterCount() != 0 || !m.getName().startsWith("get") || m.getDeclaringClass() == Object.class) {
            return false;
        }
        Class<?> type = m.getReturnType();
        return List.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
                || type.getName().startsWith(FABRIC8);
    }

    private static Object invoke(Object node, Method getter) {
        try {
            return getter.invoke(node);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + getter, e);
        }
    }

    private static String jsonName(Method getter) {
        JsonProperty property = getter.getAnnotation(JsonProperty.class);
        if (property != null && !property.value().isEmpty()) {
            return property.value();
        }
        String bare = getter.getName().substring(3);
        return Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
