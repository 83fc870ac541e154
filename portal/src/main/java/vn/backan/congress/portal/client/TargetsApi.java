package vn.backan.congress.portal.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import vn.backan.congress.client.model.IndicatorPage;
import vn.backan.congress.client.model.IndicatorProgress;
import vn.backan.congress.client.model.IndicatorView;
import vn.backan.congress.client.model.ObservationView;
import vn.backan.congress.client.model.OrgUnitPage;
import vn.backan.congress.client.model.ResolutionView;
import vn.backan.congress.client.model.Scoreboard;

/**
 * The reads of targets-service the pages show (quarkus.rest-client.targets.*),
 * typed by the models generated from the published contract: a change there fails the portal's
 * build instead of one of its pages.
 */
@RegisterRestClient(configKey = "targets")
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/v1")
public interface TargetsApi {

    @GET
    @Path("/resolution")
    ResolutionView resolution();

    @GET
    @Path("/org-units")
    OrgUnitPage orgUnits(@QueryParam("pageSize") int pageSize);

    @GET
    @Path("/indicators")
    IndicatorPage indicators(@QueryParam("pageSize") int pageSize);

    @GET
    @Path("/progress")
    Scoreboard scoreboard(@QueryParam("orgUnit") String orgUnit, @QueryParam("asOf") int asOf);

    @GET
    @Path("/indicators/{code}")
    IndicatorView indicator(@PathParam("code") String code);

    @GET
    @Path("/progress/{code}")
    IndicatorProgress progress(@PathParam("code") String code, @QueryParam("orgUnit") String orgUnit,
            @QueryParam("asOf") int asOf);

    /** One figure: its value and bound, its page, and the values other pages published for it. */
    @GET
    @Path("/observations/{id}")
    ObservationView observation(@PathParam("id") long id);
}
