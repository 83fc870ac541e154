package vn.backan.congress.commons.rest.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;

/**
 * Bodies are read as UTF-8, and only as UTF-8: a body that declares another charset is refused
 * with a 415 rather than read as UTF-8 anyway (which bends every non-ASCII character).
 */
public class Utf8Bodies {

    @ServerRequestFilter(preMatching = true)
    public void refuseOtherCharsets(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (header == null) {
            return;
        }
        String charset;
        try {
            charset = MediaType.valueOf(header).getParameters().get(MediaType.CHARSET_PARAMETER);
        } catch (IllegalArgumentException e) {
            return; // not a media type at all: content negotiation answers that with its own 415
        }
        if (charset != null && !charset.equalsIgnoreCase("UTF-8")) {
            throw ProblemException.of(ProblemType.HTTP, 415, "The body declares charset=" + charset
                    + "; this API reads UTF-8 only. Send it as UTF-8 (charset=UTF-8, or no charset).");
        }
    }
}
