package vn.backan.congress.portal.api;

import io.quarkus.qute.Template;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.backan.congress.portal.domain.Lang;

/** A refused page (a bad parameter, an unknown indicator) is an HTML page with its status, saying why. */
public class ErrorPages {

    @Inject
    Template error;

    @ServerExceptionMapper
    public Response refused(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        String page = PageContext.frame(error.data("status", status).data("detail", e.getMessage()), Lang.VI, "", null)
                .render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }
}
