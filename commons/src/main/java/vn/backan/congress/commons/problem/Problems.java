package vn.backan.congress.commons.problem;

import java.util.List;

/** Builds {@link Problem}s with the standard title for their status, so titles never drift. */
public final class Problems {

    private Problems() {
    }

    public static Problem of(int status, String detail) {
        return of(ProblemType.HTTP, status, detail);
    }

    public static Problem of(ProblemType type, int status, String detail) {
        return new Problem(type.uri(), titleFor(status), status, detail, null, null, null, null);
    }

    public static Problem validation(String detail, List<Problem.FieldError> errors) {
        return new Problem(ProblemType.VALIDATION.uri(), titleFor(400), 400, detail, null, null, null,
                List.copyOf(errors));
    }

    /** A 422: the request is well formed but the data or the rules refuse it, field by field. */
    public static Problem unprocessable(String detail, List<Problem.FieldError> errors) {
        return new Problem(ProblemType.UNPROCESSABLE.uri(), titleFor(422), 422, detail, null, null, null,
                List.copyOf(errors));
    }

    /** The RFC 9110 reason phrase, which is what RFC 9457 expects as the title of a plain HTTP problem. */
    public static String titleFor(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 412 -> "Precondition Failed";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            case 505 -> "HTTP Version Not Supported";
            default -> status >= 500 ? "Server Error" : "Client Error";
        };
    }
}
