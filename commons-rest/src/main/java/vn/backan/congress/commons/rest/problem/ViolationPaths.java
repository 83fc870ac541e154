package vn.backan.congress.commons.rest.problem;

import vn.backan.congress.commons.problem.Problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Names a bean-validation failure the way a client knows the field: {@code pageSize} for a query
 * parameter, {@code items[2].value} inside a body; never the Java method or argument index.
 */
final class ViolationPaths {

    private ViolationPaths() {
    }

    static boolean isReturnValue(ConstraintViolationException e) {
        return e.getConstraintViolations().stream().anyMatch(v -> kinds(v.getPropertyPath()).contains(ElementKind.RETURN_VALUE));
    }

    static List<Problem.FieldError> fieldErrors(Set<ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new Problem.FieldError(field(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
    }

    static String field(Path path) {
        StringBuilder out = new StringBuilder();
        String lastParameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> { }
                case PARAMETER -> lastParameter = node.getName();
                default -> {
                    if (node.isInIterable()) {
                        // The index belongs to the container named by the previous node: tags[1].name.
                        out.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                    }
                    if (node.getName() != null) {
                        out.append(out.length() > 0 ? "." : "").append(node.getName());
                    }
                }
            }
        }
        // A violation on a whole parameter (a query parameter, a body that is missing) names the parameter.
        return out.length() > 0 ? out.toString() : lastParameter == null ? "$" : lastParameter;
    }

    private static List<ElementKind> kinds(Path path) {
        return java.util.stream.StreamSupport.stream(path.spliterator(), false).map(Path.Node::getKind).toList();
    }
}
