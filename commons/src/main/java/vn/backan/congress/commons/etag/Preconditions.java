package vn.backan.congress.commons.etag;

import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;

/**
 * The optimistic-locking handshake for writes to an existing resource: the client must say which
 * version it read ({@code If-Match}); 428 when it does not, 412 when someone changed it since.
 */
public final class Preconditions {

    /** How the contract describes the header on the writes that require it. */
    public static final String IF_MATCH_DESCRIPTION = "The ETag of the version you read: without it the write is a 428,"
            + " with an outdated one a 412.";

    private Preconditions() {
    }

    public static void requireIfMatch(String ifMatch, String currentETag) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.of(ProblemType.PRECONDITION_REQUIRED, 428,
                    "Send If-Match with the ETag you last read (currently " + currentETag + ").");
        }
        if (!ETags.matchHits(ifMatch, currentETag)) {
            throw ProblemException.of(ProblemType.PRECONDITION_FAILED, 412,
                    "The resource changed since you read it: If-Match " + ifMatch + ", current ETag "
                            + currentETag + ". Read it again and re-apply your change.");
        }
    }
}
