package vn.backan.congress.programs.api;

import vn.backan.congress.commons.rest.web.WriteAnswers;

import vn.backan.congress.programs.service.UpdateInput;

import vn.backan.congress.programs.service.UpdateView;

import vn.backan.congress.commons.rest.cache.CachedRead;
import vn.backan.congress.programs.service.Datasets;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.backan.congress.commons.rest.paging.Page;
import vn.backan.congress.commons.rest.paging.PageParams;
import vn.backan.congress.commons.rest.paging.PagedResponses;
import vn.backan.congress.commons.rest.store.IdempotentRequests;
import vn.backan.congress.programs.service.SolutionService;
import vn.backan.congress.programs.service.SolutionUpdateService;
import vn.backan.congress.programs.store.Timeline;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A solution's implementation timeline: append-only, each org unit reporting for itself. */
@Tag(name = "Implementation updates", description = "The implementation timeline of the solutions, append-only, each org unit reporting for itself.")
@CachedRead(Datasets.PLAN)
@Path("/api/v1/solutions/{number}/updates")
public class SolutionUpdateResource {

    @Inject
    WriteAnswers answers;

    @Inject
    SolutionUpdateService updates;

    @Inject
    SolutionService solutions;

    @Inject
    Timeline timeline;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listSolutionUpdates", summary = "List a solution's updates",
            description = "A solution's implementation updates, oldest first, paged; corrections are entries of their own. updatedSince (RFC 3339, inclusive) keeps those recorded at or after it (an update never changes once recorded).")
    @APIResponse(responseCode = "200", description = "One page of the solution's updates; Link and X-Total-Count headers", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.UpdatePage.class)))
    public Response list(@PathParam("number") @Min(1) @Max(Short.MAX_VALUE) short number,
            @Parameter(description = "RFC 3339, inclusive: only updates recorded at or after it")
            @QueryParam("updatedSince") OffsetDateTime updatedSince,
            @BeanParam @Valid PageParams paging, @Context UriInfo uriInfo) {
        solutions.find(number);
        return PagedResponses.ok(Page.slice(timeline.entries(number, null, null, null).stream().map(UpdateView::of)
                .filter(u -> updatedSince == null || !u.recordedAt().isBefore(updatedSince.toInstant())).toList(),
                paging), uriInfo);
    }

    @POST
    @RolesAllowed({"admin", "reporter"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSolutionUpdate", summary = "Report progress on a solution",
            description = "Report progress on a solution: a reporter only for its own org unit (403 otherwise); a change that makes no sense, such as reopening a completed solution without an admin, is a 422.")
    @APIResponse(responseCode = "201", description = "The recorded update; Location names it", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UpdateView.class)))
    public Response append(@PathParam("number") @Min(1) @Max(Short.MAX_VALUE) short number, @Valid @NotNull UpdateInput input,
            @HeaderParam(IdempotentRequests.HEADER) String key) {
        String request = "POST /api/v1/solutions/" + number + "/updates " + answers.json(input);
        return answers.once(key, request, () -> {
            UpdateView appended = updates.append(number, input);
            return answers.created("/api/v1/solutions/" + number + "/updates/" + appended.id(), appended);
        });
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getSolutionUpdate", summary = "Get an implementation update",
            description = "One implementation update.")
    public UpdateView get(@PathParam("number") @Min(1) @Max(Short.MAX_VALUE) short number, @PathParam("id") @Min(1) @Max(Long.MAX_VALUE) long id) {
        return UpdateView.of(updates.find(number, id));
    }
}
