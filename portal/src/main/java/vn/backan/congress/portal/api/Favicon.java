package vn.backan.congress.portal.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/**
 * /favicon.ico, which browsers ask for when a page names no icon and which a 404 turned into a
 * console error on every first visit. The pages link the icons under /portal-assets/ (the paths
 * the gateway routes to the portal); this answers the root path with the same file.
 */
@Path("/favicon.ico")
public class Favicon {

    static final String ICON = "/META-INF/resources/portal-assets/favicon.ico";

    @GET
    @Produces("image/x-icon")
    public Response icon() {
        InputStream icon = Favicon.class.getResourceAsStream(ICON);
        // Kept as long as the other static assets (quarkus.http.static-resources.max-age).
        return Response.ok(icon).header("Cache-Control", "public, max-age=3600").build();
    }
}
