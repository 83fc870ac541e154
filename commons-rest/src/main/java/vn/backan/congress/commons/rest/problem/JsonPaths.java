package vn.backan.congress.commons.rest.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;

/** Names the place in a JSON body where Jackson gave up, and why, in words a client can act on. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(List<JsonMappingException.Reference> path) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    static String reason(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'";
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() == String.class) {
            return f.getOriginalMessage(); // refused text: says what is wrong with it, without echoing it
        }
        if (e instanceof InvalidFormatException f) {
            return "'" + f.getValue() + "' is not a valid " + simpleName(f.getTargetType());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "expected " + simpleName(m.getTargetType());
        }
        return "cannot be read";
    }

    private static String simpleName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean (true or false)";
        }
        if (type.isEnum()) {
            return "value; one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (type == String.class) {
            return "string";
        }
        if (type.getSimpleName().startsWith("Local") || type.getSimpleName().contains("Date")) {
            return "date (ISO 8601, e.g. 2020-10-26)";
        }
        return type.getSimpleName();
    }
}
