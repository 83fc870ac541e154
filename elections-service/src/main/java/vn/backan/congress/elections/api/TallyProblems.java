package vn.backan.congress.elections.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.backan.congress.commons.problem.Problem;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.problem.Problems;
import vn.backan.congress.commons.web.RequestIds;
import vn.backan.congress.elections.domain.tally.TallyRejected;

/**
 * A contest, round or counting sheet the tally engine refuses becomes a 422 naming every broken
 * rule: one {@code errors} entry each, {@code field} "invariant", {@code message} "code: detail",
 * e.g. "ballots-collected-exceed-issued: collected 346 > issued 345". Clients branch on the code
 * before the colon; the codes are {@code Invariant}'s and never change.
 */
public class TallyProblems {

    /** The {@code field} of every invariant error. */
    public static final String FIELD = "invariant";

    @ServerExceptionMapper
    public Response rejected(TallyRejected e, HttpServerRequest request) {
        Problem problem = of(e).withContext(request.path(), request.getHeader(RequestIds.HEADER));
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    static Problem of(TallyRejected e) {
        List<Problem.FieldError> errors = e.violations().stream()
                .map(v -> new Problem.FieldError(FIELD, v.code() + ": " + v.detail())).toList();
        String codes = String.join(", ", e.violations().stream().map(TallyRejected.Violation::code).distinct().toList());
        return Problems.unprocessable("The election rules refuse this: " + codes + ".", errors);
    }
}
