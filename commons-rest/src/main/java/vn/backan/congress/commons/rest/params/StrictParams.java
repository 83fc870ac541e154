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
import java.time.OffsetDateTime;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Booleans, whole numbers and instants in paths, queries and headers are read strictly: {@code true}
 * or {@code false}, ASCII digits within the type's range, RFC 3339 date-times with their offset. Java would read {@code dryRun=1} as
 * false and {@code year=٢٠٢١} as 2021; here each is a 400 naming the parameter, never another value.
 */
@Provider
public class StrictParams implements ParamConverterProvider {

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,19}");
    private static final Pattern RFC_3339 = Pattern.compile(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?([Zz]|[+-][0-9]{2}:[0-9]{2})");

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
        if (rawType == OffsetDateTime.class) {
            return (ParamConverter<T>) converter(name, StrictParams::instant);
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

    /** RFC 3339: a full date and time with seconds and an offset (Z or ±hh:mm), nothing looser. */
    private static OffsetDateTime instant(String text) {
        if (!RFC_3339.matcher(text).matches()) {
            throw new IllegalArgumentException("must be an RFC 3339 date and time such as 2026-12-02T09:30:00Z or"
                    + " 2026-12-02T16:30:00+07:00, not '" + text + "'");
        }
        try {
            return OffsetDateTime.parse(text.toUpperCase(java.util.Locale.ROOT));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("is not a date and time that exists: '" + text + "'");
        }
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
