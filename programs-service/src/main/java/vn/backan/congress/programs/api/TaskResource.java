package vn.backan.congress.programs.api;

import vn.backan.congress.commons.rest.web.WriteAnswers;

import vn.backan.congress.programs.service.TaskView;

import vn.backan.congress.programs.service.TaskPatch;

import vn.backan.congress.programs.service.TaskInput;

import vn.backan.congress.commons.rest.cache.CachedRead;
import vn.backan.congress.programs.service.Datasets;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import vn.backan.congress.commons.etag.Preconditions;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.backan.congress.commons.rest.csv.CsvResponses;
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
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.backan.congress.commons.rest.paging.Page;
import vn.backan.congress.commons.rest.paging.PageParams;
import vn.backan.congress.commons.rest.paging.PagedResponses;
import vn.backan.congress.commons.rest.store.ChangeLog;
import vn.backan.congress.commons.rest.store.IdempotentRequests;
import vn.backan.congress.programs.service.TaskService;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The plan's tasks, entered by admins (the seed gives only their number: 5). */
@Tag(name = "Tasks", description = "The plan's tasks, entered by admins (the seed gives only their number).")
@CachedRead(Datasets.PLAN)
@Path("/api/v1/tasks")
public class TaskResource {

    @Inject
    WriteAnswers answers;

    @Inject
    TaskService service;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvResponses.TEXT_CSV})
    @Operation(operationId = "listTasks", summary = "List tasks",
            description = "The tasks entered so far, by number, each with its solutions' numbers; paged. updatedSince"
                    + " (RFC 3339, inclusive) keeps those changed at or after it (a task changes when a solution is"
                    + " added to it or moved away). CSV with Accept: text/csv or format=csv.")
    @APIResponse(responseCode = "200", description = "One page of tasks; Link and X-Total-Count headers", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.TaskPage.class)),
            @Content(mediaType = CsvResponses.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response list(@Parameter(description = "RFC 3339, inclusive: only tasks changed at or after it")
            @QueryParam("updatedSince") OffsetDateTime updatedSince, @QueryParam("format") String format,
            @BeanParam @Valid PageParams paging, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        List<TaskView> hits = service.all().stream().filter(t -> updatedSince == null
                || !t.updatedAt().isBefore(updatedSince.toInstant())).toList();
        if (CsvResponses.wantsCsv(headers, format)) {
            return CsvResponses.csv(PlanCsv.tasks(hits), "tasks.csv");
        }
        return PagedResponses.ok(Page.slice(hits, paging), uriInfo);
    }

    @GET
    @Path("/{number}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getTask", summary = "Get a task",
            description = "One task; the ETag is what PATCH needs.")
    public TaskView get(@PathParam("number") @Min(1) @Max(Short.MAX_VALUE) short number) {
        return service.view(service.find(number));
    }

    @POST
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createTask", summary = "Create a task",
            description = "An admin enters a task; a number above the declared count is a 422 (change the count first)")
    @APIResponse(responseCode = "201", description = "The created task; Location names it, its ETag is what PATCH sends as If-Match", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskView.class)))
    public Response create(@Valid @NotNull TaskInput input, @HeaderParam(IdempotentRequests.HEADER) String key) {
        return answers.once(key, "POST /api/v1/tasks " + answers.json(input), () -> {
            TaskView created = service.create(input);
            return answers.created("/api/v1/tasks/" + created.number(), created);
        });
    }

    @PATCH
    @Path("/{number}")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "correctTask", summary = "Correct a task",
            description = "An admin corrects a task's wording (If-Match required); the old wording stays in its history.")
    @APIResponse(responseCode = "200", description = "The corrected task, with its new ETag", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskView.class)))
    public Response correct(@PathParam("number") @Min(1) @Max(Short.MAX_VALUE) short number, @Parameter(required = true, description = Preconditions.IF_MATCH_DESCRIPTION)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TaskPatch patch) {
        return answers.changed(service.correct(number, ifMatch, patch));
    }

    @GET
    @Path("/{number}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getTaskHistory", summary = "Get a task's change history",
            description = "Every change of a task: who, when, under which request, before and after.")
    public List<ChangeLog.Entry> history(@PathParam("number") @Min(1) @Max(Short.MAX_VALUE) short number) {
        return service.history(number);
    }
}
