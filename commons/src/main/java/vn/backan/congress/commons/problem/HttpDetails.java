package vn.backan.congress.commons.problem;

import io.vertx.core.http.HttpServerRequest;

/** Human-readable details for plain HTTP failures, saying what was wrong with this request. */
public final class HttpDetails {

    private HttpDetails() {
    }

    public static String forStatus(int status, HttpServerRequest request) {
        return switch (status) {
            case 400 -> "The request could not be read: " + request.method() + " " + request.uri() + ".";
            case 401 -> "A valid bearer token is required.";
            case 403 -> "The token does not allow this.";
            case 404 -> "Nothing is published at " + request.path() + ".";
            case 405 -> request.method() + " is not allowed on " + request.path() + ".";
            case 406 -> "None of the media types in Accept (" + request.getHeader("Accept") + ") can be produced here.";
            case 415 -> "Content-Type " + request.getHeader("Content-Type") + " is not accepted here.";
            case 413 -> "The request body is larger than this server accepts.";
            case 500 -> "An unexpected error occurred; quote the request id when reporting it.";
            default -> Problems.titleFor(status) + ".";
        };
    }
}
