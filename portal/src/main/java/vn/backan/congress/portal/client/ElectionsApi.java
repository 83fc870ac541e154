package vn.backan.congress.portal.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The reads of elections-service the congress page shows (quarkus.rest-client.elections.*). */
@RegisterRestClient(configKey = "elections")
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/v1")
public interface ElectionsApi {

    @GET
    @Path("/congress")
    JsonNode congress();

    @GET
    @Path("/bodies")
    JsonNode bodies(@QueryParam("asOf") String asOf);

    @GET
    @Path("/bodies/{code}/members")
    JsonNode members(@PathParam("code") String code, @QueryParam("asOf") String asOf);

    @GET
    @Path("/posts")
    JsonNode posts(@QueryParam("asOf") String asOf);
}
