package vn.backan.congress.commons.problem;

import java.util.Map;

/**
 * Thrown by application code to answer with a problem. Extra headers (e.g. {@code Retry-After})
 * travel with it; the mapper in this package renders it.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final transient Map<String, String> headers;

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    public ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    public static ProblemException of(ProblemType type, int status, String detail) {
        return new ProblemException(Problems.of(type, status, detail));
    }

    public Problem problem() {
        return problem;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
