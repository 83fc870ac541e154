package vn.backan.congress.portal.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * What a browser may do with a page: scripts, styles and images from the portal only (nothing from a
 * CDN), and framing by any site for the widget under /embed/, by none for every other page.
 * Charts set inline styles, hence 'unsafe-inline' for styles only.
 */
public class PagePolicy {

    static final String EMBED = "/embed/";
    private static final String CONTENT = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; ";

    @ServerResponseFilter
    public void policy(ContainerRequestContext request, ContainerResponseContext response) {
        boolean embeddable = request.getUriInfo().getPath().startsWith(EMBED);
        response.getHeaders().putSingle("Content-Security-Policy", CONTENT
                + (embeddable ? "frame-ancestors *" : "frame-ancestors 'none'"));
        if (!embeddable) {
            response.getHeaders().putSingle("X-Frame-Options", "DENY");
        }
    }
}
