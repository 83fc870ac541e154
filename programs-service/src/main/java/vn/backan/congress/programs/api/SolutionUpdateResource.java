package vn.backan.congress.programs.api;

import vn.backan.congress.commons.rest.web.JsonAnswers;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.backan.congress.commons.rest.paging.Page;
import vn.backan.congress.commons.rest.paging.PageParams;
import vn.backan.congress.commons.rest.paging.PagedResponses;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.rest.security.Caller;
import vn.backan.congress.commons.rest.store.IdempotentRequests;
import vn.backan.congress.commons.web.RequestIds;
import vn.backan.congress.programs.domain.Solution;
import vn.backan.congress.programs.domain.SolutionUpdate;
import vn.backan.congress.programs.store.Timeline;

/** A solution's implementation timeline: append-only, each org unit reporting for itself. */
@Path("/api/v1/solutions/{number}/updates")
public class SolutionUpdateResource {

    @Inject
    UpdateWriter writer;

    @Inject
    Timeline timeline;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    JsonAnswers answers;

    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A solution's implementation updates, oldest first, paged; corrections are entries of their own")
    public Response list(@PathParam("number") short number, @BeanParam @Valid PageParams paging,
            @Context UriInfo uriInfo) {
        SolutionResource.find(number);
        return PagedResponses.ok(Page.slice(timeline.entries(number, null, null, null).stream().map(UpdateView::of)
                .toList(), paging), uriInfo);
    }

    @POST
    @RolesAllowed({"admin", "reporter"})
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report progress on a solution: a reporter only for its own org unit (403 otherwise); a change that makes no sense, such as reopening a completed solution without an admin, is a 422")
    public Response append(@PathParam("number") short number, @Valid @NotNull UpdateInput input,
            @HeaderParam(IdempotentRequests.HEADER) String key, @Context HttpServerRequest request) {
        Caller caller = Caller.of(identity);
        String description = "POST /api/v1/solutions/" + number + "/updates " + answers.json(input);
        return idempotent.once(caller.name(), key, description, () -> {
            Solution solution = SolutionResource.findForUpdate(number);
            SolutionUpdate u = writer.append(solution, input, caller, request.getHeader(RequestIds.HEADER));
            return answers.created("/api/v1/solutions/" + number + "/updates/" + u.id, UpdateView.of(u));
        });
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One implementation update")
    public UpdateView get(@PathParam("number") short number, @PathParam("id") long id) {
        SolutionUpdate u = SolutionUpdate.findById(id);
        if (u == null || u.solutionNumber != number) {
            throw ProblemException.of(ProblemType.HTTP, 404, "Solution " + number + " has no update " + id + ".");
        }
        return UpdateView.of(u);
    }
}
