package vn.backan.congress.portal.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import vn.backan.congress.client.model.PlanView;
import vn.backan.congress.client.model.ProgramPage;
import vn.backan.congress.client.model.SolutionPage;
import vn.backan.congress.client.model.UpdatePage;

/**
 * The reads of programs-service the plan page shows (quarkus.rest-client.programs.*),
 * typed by the models generated from the published contract: a change there fails the portal's
 * build instead of one of its pages.
 */
@RegisterRestClient(configKey = "programs")
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/v1")
public interface ProgramsApi {

    @GET
    @Path("/programs")
    ProgramPage programs();

    @GET
    @Path("/plan")
    PlanView plan();

    @GET
    @Path("/solutions")
    SolutionPage solutions(@QueryParam("page") int page, @QueryParam("pageSize") int pageSize);

    @GET
    @Path("/updates")
    UpdatePage updates(@QueryParam("page") int page, @QueryParam("pageSize") int pageSize);
}
