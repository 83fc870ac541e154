package vn.backan.congress.commons.rest.problem;

import vn.backan.congress.commons.rest.web.AllowedMethods;
import vn.backan.congress.commons.problem.Problem;
import vn.backan.congress.commons.problem.Problems;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.HttpDetails;
import vn.backan.congress.commons.problem.StatusOfSecurityFailure;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.backan.congress.commons.rest.params.InvalidParameter;
import vn.backan.congress.commons.web.RequestIds;

/**
 * Turns every exception that leaves a resource into problem+json. Nothing a client sends may end as
 * a 500: malformed JSON and wrong types are 400s with the offending field named.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @jakarta.inject.Inject
    AllowedMethods allowedMethods;
    /** A database that stopped answering usually answers again within seconds (a restart, a failover). */
    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return respond(e.problem(), e.headers(), request);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpServerRequest request) {
        if (ViolationPaths.isReturnValue(e)) {
            return unexpected(e, request);
        }
        List<Problem.FieldError> errors = ViolationPaths.fieldErrors(e.getConstraintViolations());
        return respond(Problems.validation("The request has " + errors.size() + " invalid field(s).", errors),
                Map.of(), request);
    }

    @ServerExceptionMapper
    public Response malformedJson(StreamReadException e, HttpServerRequest request) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return respond(Problems.of(ProblemType.MALFORMED_BODY, 400,
                "The body is not valid JSON" + where + ": " + e.getOriginalMessage()), Map.of(), request);
    }

    @ServerExceptionMapper
    public Response unmappableJson(JsonMappingException e, HttpServerRequest request) {
        if (e instanceof InvalidDefinitionException) {
            // A type Jackson cannot handle at all is our bug, not the client's body.
            return unexpected(e, request);
        }
        String field = JsonPaths.of(e.getPath());
        Problem.FieldError error = new Problem.FieldError(field.isEmpty() ? "$" : field, JsonPaths.reason(e));
        return respond(Problems.validation("The body does not match the expected shape.", List.of(error)),
                Map.of(), request);
    }

    /** Quarkus has its own mapper for this subtype; ours must be at least as specific to win. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, HttpServerRequest request) {
        return unmappableJson(e, request);
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameter e, HttpServerRequest request) {
        return respond(Problems.validation("The parameter " + e.name() + " has the wrong form.",
                List.of(new Problem.FieldError(e.name(), e.reason()))), Map.of(), request);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof InvalidParameter invalid) {
            // JAX-RS wraps a converter's refusal in a 404 (path, query) or a 400 (header).
            return invalidParameter(invalid, request);
        }
        // The JSON reader wraps parse failures; unwrap them so the client learns where the body broke.
        if (e.getCause() instanceof StreamReadException parse) {
            return malformedJson(parse, request);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return unmappableJson(mapping, request);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        if (e instanceof NotFoundException && e.getCause() != null) {
            // JAX-RS answers 404 when a parameter cannot be converted; to the client it is bad input.
            return respond(Problems.of(ProblemType.VALIDATION, 400,
                    "A path or query parameter has the wrong form: " + FailureKinds.parameterProblem(e.getCause())),
                    Map.of(), request);
        }
        String allow = original.getHeaderString("Allow");
        if (status == 405 && allow == null) {
            allow = allowedMethods.of(request.path()).orElse(null);
        }
        Map<String, String> headers = allow == null ? Map.of() : Map.of("Allow", allow);
        return respond(Problems.of(status, HttpDetails.forStatus(status, request)), headers, request);
    }

    /** Quarkus maps these three itself with empty bodies; naming them here makes ours win. */
    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class, ForbiddenException.class})
    public Response security(RuntimeException e, HttpServerRequest request) {
        int status = StatusOfSecurityFailure.of(e);
        Map<String, String> headers = status == 401 ? Map.of("WWW-Authenticate", "Bearer") : Map.of();
        return respond(Problems.of(status, HttpDetails.forStatus(status, request)), headers, request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (StatusOfSecurityFailure.of(e) != 0) {
            return security((RuntimeException) e, request);
        }
        if (FailureKinds.isDatabaseUnavailable(e)) {
            // Not the client's fault and not our bug: the database is away; nothing was done.
            LOG.warnf("Database unavailable on %s %s: %s", request.method(), request.path(), e.toString());
            return respond(Problems.of(ProblemType.DATABASE_UNAVAILABLE, 503, "The database did not answer in time,"
                    + " so nothing was done. Try again in " + RETRY_AFTER_SECONDS + " seconds; a write sent with an"
                    + " Idempotency-Key can be sent again as it is."),
                    Map.of("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)), request);
        }
        if (FailureKinds.isWriteConflict(e)) {
            // Two requests wrote the same row at once; the loser is told to retry, not that we crashed.
            LOG.warnf("Write conflict on %s %s: %s", request.method(), request.path(), e.toString());
            return respond(Problems.of(ProblemType.CONFLICT, 409, "Another request changed the same data at the same"
                    + " moment; read it again and retry."), Map.of(), request);
        }
        LOG.errorf(e, "Unhandled %s on %s %s", e.getClass().getSimpleName(), request.method(), request.path());
        return respond(Problems.of(ProblemType.INTERNAL, 500, HttpDetails.forStatus(500, request)), Map.of(), request);
    }

    static Response respond(Problem problem, Map<String, String> headers, HttpServerRequest request) {
        Problem full = problem.withContext(request.path(), request.getHeader(RequestIds.HEADER));
        Response.ResponseBuilder builder = Response.status(full.status()).type(Problem.MEDIA_TYPE).entity(full);
        headers.forEach(builder::header);
        return builder.build();
    }
}
