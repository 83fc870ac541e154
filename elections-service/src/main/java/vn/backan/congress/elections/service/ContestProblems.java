package vn.backan.congress.elections.service;

import java.util.List;
import vn.backan.congress.commons.problem.Problem;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.problem.Problems;

/** Refusals of this service's own rules (not the tally engine's), named the way the engine names its rules. */
final class ContestProblems {

    private ContestProblems() {
    }

    /** A 422 whose one {@code errors} entry names the field the rule is about. */
    static ProblemException refused(String field, String detail) {
        return new ProblemException(Problems.unprocessable(detail,
                List.of(new Problem.FieldError(field, detail))));
    }

    static ProblemException conflict(String detail) {
        return ProblemException.of(ProblemType.CONFLICT, 409, detail);
    }
}
