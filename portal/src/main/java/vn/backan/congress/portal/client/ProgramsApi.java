package vn.backan.congress.portal.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The reads of programs-service the plan page shows (quarkus.rest-client.programs.*). */
@RegisterRestClient(configKey = "programs")
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/v1")
public interface ProgramsApi {

    @GET
    @Path("/programs")
    JsonNode programs();

    @GET
    @Path("/plan")
    JsonNode plan();

    @GET
    @Path("/solutions")
    JsonNode solutions(@QueryParam("page") int page, @QueryParam("pageSize") int pageSize);

    @GET
    @Path("/updates")
    JsonNode updates(@QueryParam("page") int page, @QueryParam("pageSize") int pageSize);
}
