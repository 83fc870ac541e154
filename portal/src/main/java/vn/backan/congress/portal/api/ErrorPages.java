package vn.backan.congress.portal.api;

import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.backan.congress.portal.domain.Lang;

/**
 * A refused page (a bad parameter, an unknown indicator, a page whose one service is down) is an
 * HTML page with its status and, for a 503, when to try again.
 */
public class ErrorPages {

    @Inject
    Template error;

    @ServerExceptionMapper
    public Response refused(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String page = PageContext.frame(error.data("status", status).data("detail", e.getMessage()), Lang.VI, "", null)
                .render();
        Response.ResponseBuilder answer = Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page);
        Object retryAfter = e.getResponse().getHeaders().getFirst("Retry-After");
        return (retryAfter == null ? answer : answer.header("Retry-After", retryAfter)).build();
    }
}
