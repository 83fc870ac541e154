package vn.backan.congress.commons.problem;

/**
 * The problem types this API uses. Plain HTTP failures use {@code about:blank}, as RFC 9457 asks;
 * the others have a stable URN so clients can branch on them without parsing text.
 */
public enum ProblemType {
    HTTP("about:blank"),
    VALIDATION("urn:backan-congress:problem:validation"),
    MALFORMED_BODY("urn:backan-congress:problem:malformed-body"),
    PRECONDITION_REQUIRED("urn:backan-congress:problem:precondition-required"),
    PRECONDITION_FAILED("urn:backan-congress:problem:precondition-failed"),
    CONFLICT("urn:backan-congress:problem:conflict"),
    UNPROCESSABLE("urn:backan-congress:problem:unprocessable"),
    RATE_LIMITED("urn:backan-congress:problem:rate-limited"),
    UPSTREAM_UNAVAILABLE("urn:backan-congress:problem:upstream-unavailable"),
    UPSTREAM_TIMEOUT("urn:backan-congress:problem:upstream-timeout"),
    /** The service's own database did not answer in time: nothing was done, try again later. */
    DATABASE_UNAVAILABLE("urn:backan-congress:problem:database-unavailable"),
    INTERNAL("urn:backan-congress:problem:internal");

    private final String uri;

    ProblemType(String uri) {
        this.uri = uri;
    }

    public String uri() {
        return uri;
    }
}
