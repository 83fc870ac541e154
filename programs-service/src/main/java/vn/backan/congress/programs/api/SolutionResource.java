package vn.backan.congress.programs.api;

import vn.backan.congress.commons.rest.web.WriteAnswers;

import vn.backan.congress.programs.service.SolutionView;

import vn.backan.congress.programs.service.SolutionPatch;

import vn.backan.congress.programs.service.SolutionInput;

import vn.backan.congress.programs.service.UpdateView;

import vn.backan.congress.commons.rest.cache.CachedRead;
import vn.backan.congress.programs.service.Datasets;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import vn.backan.congress.commons.etag.Preconditions;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.backan.congress.commons.rest.csv.CsvResponses;
import vn.backan.congress.commons.rest.paging.Page;
import vn.backan.congress.commons.rest.paging.PageParams;
import vn.backan.congress.commons.rest.paging.PagedResponses;
import vn.backan.congress.commons.rest.store.ChangeLog;
import vn.backan.congress.commons.rest.store.IdempotentRequests;
import vn.backan.congress.programs.domain.SolutionUpdate;
import vn.backan.congress.programs.service.SolutionService;
import vn.backan.congress.programs.store.SolutionQueries;
import vn.backan.congress.programs.store.Timeline;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The plan's solutions: entered and edited by admins, read by everyone, each with its latest update. */
@Tag(name = "Solutions", description = "The plan's solutions: their task, programs, lead agency, indicators and where they stand.")
@CachedRead(Datasets.PLAN)
@Path("/api/v1/solutions")
public class SolutionResource {

    @Inject
    WriteAnswers answers;

    @Inject
    SolutionService service;

    @Inject
    SolutionQueries solutions;

    @Inject
    Timeline timeline;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvResponses.TEXT_CSV})
    @Operation(operationId = "listSolutions", summary = "List solutions",
            description = "Solutions by number, filtered by program, task, status, indicator, lead agency, overdue or q (accents ignored); CSV with Accept: text/csv or format=csv.")
    @APIResponse(responseCode = "200", description = "One page of solutions; Link and X-Total-Count headers", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.SolutionPage.class)),
            @Content(mediaType = CsvResponses.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response list(@BeanParam @Valid SolutionFilter filter, @QueryParam("format") String format,
            @BeanParam @Valid PageParams paging, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        Map<Short, SolutionUpdate> latest = timeline.latestPerSolution();
        LocalDate day = filter.day();
        List<SolutionView> hits = solutions.all().stream()
                .map(s -> SolutionView.of(s, latest.containsKey(s.number) ? UpdateView.of(latest.get(s.number)) : null,
                        day))
                .filter(filter.predicate()).toList();
        if (CsvResponses.wantsCsv(headers, format)) {
            return CsvResponses.csv(PlanCsv.solutions(hits), "solutions.csv");
        }
        return PagedResponses.ok(Page.slice(hits, paging), uriInfo);
    }

    @GET
    @Path("/{number}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getSolution", summary = "Get a solution",
            description = "One solution with its latest update; the ETag is what PATCH needs.")
    public SolutionView get(@PathParam("number") @Min(1) @Max(Short.MAX_VALUE) short number) {
        return service.view(service.find(number));
    }

    @POST
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSolution", summary = "Create a solution",
            description = "An admin enters a solution: 422 above the declared count, for an unknown task, program or indicator code; 503 with Retry-After when targets-service cannot check the codes.")
    @APIResponse(responseCode = "201", description = "The created solution; Location names it, its ETag is what PATCH sends as If-Match", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SolutionView.class)))
    public Response create(@Valid @NotNull SolutionInput input, @HeaderParam(IdempotentRequests.HEADER) String key) {
        // A replay needs no check of the references: it gets the first answer.
        if (!answers.answered(key)) {
            service.checkReferences(input);
        }
        return answers.once(key, "POST /api/v1/solutions " + answers.json(input), () -> {
            SolutionView created = service.create(input);
            return answers.created("/api/v1/solutions/" + created.number(), created);
        });
    }

    @PATCH
    @Path("/{number}")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "editSolution", summary = "Edit a solution",
            description = "An admin edits a solution (If-Match required, reason kept in history); the result must still make sense (422)")
    @APIResponse(responseCode = "200", description = "The edited solution, with its new ETag", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SolutionView.class)))
    public Response edit(@PathParam("number") @Min(1) @Max(Short.MAX_VALUE) short number, @Parameter(required = true, description = Preconditions.IF_MATCH_DESCRIPTION)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SolutionPatch patch) {
        return answers.changed(service.edit(number, ifMatch, patch));
    }

    @GET
    @Path("/{number}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getSolutionHistory", summary = "Get a solution's change history",
            description = "Every admin change of a solution: who, when, under which request, before and after.")
    public List<ChangeLog.Entry> history(@PathParam("number") @Min(1) @Max(Short.MAX_VALUE) short number) {
        return service.history(number);
    }
}
