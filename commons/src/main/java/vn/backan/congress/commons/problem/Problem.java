package vn.backan.congress.commons.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import vn.backan.congress.commons.tracing.TraceIds;

/**
 * An RFC 9457 problem detail, the body of every error this API returns.
 * {@code requestId}, {@code traceId} and {@code errors} are extension members: the request id and
 * the W3C trace id find the request in the logs and traces; {@code errors} is present only for
 * validation failures.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String requestId,
        String traceId,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One rejected field: where it is (a JSON path such as {@code items[2].value}) and why. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String field, String message) {
    }

    /** This problem as answered to one request: its path, its request id and its trace's id. */
    public Problem withContext(String instance, String requestId) {
        return new Problem(type, title, status, detail, instance, requestId, TraceIds.current(), errors);
    }
}
