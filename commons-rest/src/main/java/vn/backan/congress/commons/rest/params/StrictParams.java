package vn.backan.congress.commons.rest.params;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Booleans and whole numbers in paths, queries and headers are read strictly: {@code true} or
 * {@code false}, and ASCII digits within the type's range. Java would read {@code dryRun=1} as
 * false and {@code year=٢٠٢١} as 2021; here each is a 400 naming the parameter, never another value.
 */
@Provider
public class StrictParams implements ParamConverterProvider {

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,19}");

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(name, StrictParams::bool);
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, text -> (int) whole(text, Integer.MIN_VALUE, Integer.MAX_VALUE));
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(name, text -> whole(text, Long.MIN_VALUE, Long.MAX_VALUE));
        }
        if (rawType == Short.class || rawType == short.class) {
            return (ParamConverter<T>) converter(name, text -> (short) whole(text, Short.MIN_VALUE, Short.MAX_VALUE));
        }
        return null;
    }

    private static <V> ParamConverter<V> converter(String name, Function<String, V> parse) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                try {
                    return parse.apply(value);
                } catch (IllegalArgumentException e) {
                    throw new InvalidParameter(name, e.getMessage());
                }
            }

            @Override
            public String toString(V value) {
                return String.valueOf(value);
            }
        };
    }

    private static Boolean bool(String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("must be true or false, not '" + text + "'");
        };
    }

    private static long whole(String text, long min, long max) {
        if (!INTEGER.matcher(text).matches()) {
            throw new IllegalArgumentException("must be a whole number in ASCII digits, not '" + text + "'");
        }
        try {
            long value = Long.parseLong(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // beyond a long: out of range like any other
        }
        throw new IllegalArgumentException("must be from " + min + " to " + max + ", not " + text);
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation a : annotations == null ? new Annotation[0] : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
            if (a instanceof CookieParam c) {
                return c.value();
            }
        }
        return "parameter";
    }
}
