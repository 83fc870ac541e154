package vn.backan.congress.programs.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** What programs-service asks targets-service: does this indicator, or this org unit, exist? */
@RegisterRestClient(configKey = "targets")
@Path("/api/v1")
public interface TargetsApi {

    @GET
    @Path("/indicators/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    Response indicator(@PathParam("code") String code);

    @GET
    @Path("/org-units/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    Response orgUnit(@PathParam("code") String code);
}
