package vn.backan.congress.portal.api;

import io.quarkus.qute.Template;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.backan.congress.commons.problem.HttpDetails;
import vn.backan.congress.commons.problem.Problem;
import vn.backan.congress.commons.problem.Problems;
import vn.backan.congress.commons.web.RequestIds;
import vn.backan.congress.portal.domain.Lang;

/**
 * A refused page (a bad parameter, an unknown indicator, a page whose one service is down) is an
 * HTML page with its status and, for a 503, when to try again. A client that does not take HTML
 * (a script sending {@code Accept: application/json}) gets the same refusal as problem+json, as
 * every other part of the API answers it.
 */
public class ErrorPages {

    private static final MediaType PROBLEM = MediaType.valueOf(Problem.MEDIA_TYPE);

    @Inject
    Template error;

    @ServerExceptionMapper
    public Response refused(WebApplicationException e, HttpHeaders headers, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        Response.ResponseBuilder answer = Response.status(status);
        if (takesHtml(headers)) {
            String page = PageContext.frame(error.data("status", status).data("detail", e.getMessage()), Lang.VI, "",
                    null).render();
            answer.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page);
        } else {
            // A 406's own message names no media type; the house's detail says which Accept was refused.
            String detail = status == 406 ? HttpDetails.forStatus(status, request) : e.getMessage();
            Problem problem = Problems.of(status, detail).withContext(request.path(),
                    request.getHeader(RequestIds.HEADER));
            answer.type(Problem.MEDIA_TYPE).entity(Json.encode(problem));
        }
        Object retryAfter = e.getResponse().getHeaders().getFirst("Retry-After");
        return (retryAfter == null ? answer : answer.header("Retry-After", retryAfter)).build();
    }

    /**
     * Whether the client would rather read HTML than JSON: a browser would, and so would a client
     * that states no preference (any type, or no Accept); one that puts JSON first would not.
     */
    static boolean takesHtml(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) { // most preferred first
            if (quality(type) <= 0) {
                continue;
            }
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.isCompatible(PROBLEM)) {
                return false;
            }
        }
        return true;
    }

    /** A media range's weight (RFC 9110 section 12.4.2): 1 unless its q says otherwise. */
    private static double quality(MediaType type) {
        String q = type.getParameters().get("q");
        try {
            return q == null ? 1 : Double.parseDouble(q);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
