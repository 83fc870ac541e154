package vn.backan.congress.portal.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import vn.backan.congress.client.model.BodyPage;
import vn.backan.congress.client.model.CongressView;
import vn.backan.congress.client.model.MembershipView;
import vn.backan.congress.client.model.PostPage;

/**
 * The reads of elections-service the congress page shows (quarkus.rest-client.elections.*),
 * typed by the models generated from the published contract: a change there fails the portal's
 * build instead of one of its pages.
 */
@RegisterRestClient(configKey = "elections")
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/v1")
public interface ElectionsApi {

    @GET
    @Path("/congress")
    CongressView congress();

    @GET
    @Path("/bodies")
    BodyPage bodies(@QueryParam("asOf") String asOf);

    @GET
    @Path("/bodies/{code}/members")
    List<MembershipView> members(@PathParam("code") String code, @QueryParam("asOf") String asOf);

    @GET
    @Path("/posts")
    PostPage posts(@QueryParam("asOf") String asOf);
}
