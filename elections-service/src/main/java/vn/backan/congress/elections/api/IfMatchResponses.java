package vn.backan.congress.elections.api;

/**
 * The texts of the 412 and 428 answers the contest's POSTs document: the shared OpenAPI filter
 * adds them only to PATCH and PUT, and these POSTs change an existing contest too.
 */
final class IfMatchResponses {

    static final String PROBLEM = "application/problem+json";
    static final String PRECONDITION_FAILED = "If-Match names a version of the contest that is no longer current: read it again";
    static final String PRECONDITION_FAILED_EXAMPLE = "{\"type\":\"urn:backan-congress:problem:precondition-failed\","
            + "\"title\":\"Precondition Failed\",\"status\":412}";
    static final String PRECONDITION_REQUIRED = "If-Match is required: send the contest's ETag";
    static final String PRECONDITION_REQUIRED_EXAMPLE = "{\"type\":\"urn:backan-congress:problem:precondition-required\","
            + "\"title\":\"Precondition Required\",\"status\":428}";

    private IfMatchResponses() {
    }
}
