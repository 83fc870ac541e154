package vn.backan.congress.portal.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The reads of targets-service the pages show (quarkus.rest-client.targets.*). */
@RegisterRestClient(configKey = "targets")
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/v1")
public interface TargetsApi {

    @GET
    @Path("/resolution")
    JsonNode resolution();

    @GET
    @Path("/org-units")
    JsonNode orgUnits(@QueryParam("pageSize") int pageSize);

    @GET
    @Path("/indicators")
    JsonNode indicators(@QueryParam("pageSize") int pageSize);

    @GET
    @Path("/progress")
    JsonNode scoreboard(@QueryParam("orgUnit") String orgUnit, @QueryParam("asOf") int asOf);

    @GET
    @Path("/indicators/{code}")
    JsonNode indicator(@PathParam("code") String code);

    @GET
    @Path("/progress/{code}")
    JsonNode progress(@PathParam("code") String code, @QueryParam("orgUnit") String orgUnit,
            @QueryParam("asOf") int asOf);
}
