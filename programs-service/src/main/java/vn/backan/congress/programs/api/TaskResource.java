package vn.backan.congress.programs.api;

import vn.backan.congress.commons.rest.web.JsonAnswers;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.backan.congress.commons.rest.paging.Page;
import vn.backan.congress.commons.rest.paging.PageParams;
import vn.backan.congress.commons.rest.paging.PagedResponses;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.backan.congress.commons.etag.Preconditions;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.rest.security.Caller;
import vn.backan.congress.commons.rest.store.ChangeLog;
import vn.backan.congress.commons.rest.store.IdempotentRequests;
import vn.backan.congress.commons.text.LocalizedText;
import vn.backan.congress.commons.web.RequestIds;
import vn.backan.congress.programs.domain.DeclaredCount;
import vn.backan.congress.programs.domain.Solution;
import vn.backan.congress.programs.domain.Task;

/** The plan's tasks, entered by admins (the seed gives only their number: 5). */
@Path("/api/v1/tasks")
public class TaskResource {

    @Inject
    ChangeLog changeLog;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    JsonAnswers answers;

    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The tasks entered so far, by number, each with its solutions' numbers; paged")
    public Response list(@BeanParam @Valid PageParams paging, @Context UriInfo uriInfo) {
        return PagedResponses.ok(Page.slice(Task.<Task>list("order by number").stream().map(TaskResource::view)
                .toList(), paging), uriInfo);
    }

    @GET
    @Path("/{number}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One task; the ETag is what PATCH needs")
    public TaskView get(@PathParam("number") short number) {
        return view(find(number, LockModeType.NONE));
    }

    @POST
    @RolesAllowed("admin")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An admin enters a task; a number above the declared count is a 422 (change the count first)")
    public Response create(@Valid @NotNull TaskInput input, @HeaderParam(IdempotentRequests.HEADER) String key,
            @Context HttpServerRequest request) {
        Caller caller = Caller.of(identity);
        return idempotent.once(caller.name(), key, "POST /api/v1/tasks " + answers.json(input), () -> {
            requireWithinDeclared(input.number());
            if (Task.findById(input.number()) != null) {
                throw ProblemException.of(ProblemType.CONFLICT, 409, "Task " + input.number() + " is already recorded;"
                        + " change it with PATCH /api/v1/tasks/" + input.number() + ".");
            }
            Task task = new Task();
            task.number = input.number();
            apply(task, input.title().normalised(), input.description() == null ? null : input.description().normalised());
            task.createdBy = caller.name();
            task.createdAt = task.updatedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            task.persistAndFlush();
            changeLog.record("task", String.valueOf(task.number), "CREATE", caller.name(),
                    request.getHeader(RequestIds.HEADER), null, view(task));
            return answers.created("/api/v1/tasks/" + task.number, view(task));
        });
    }

    @PATCH
    @Path("/{number}")
    @RolesAllowed("admin")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An admin corrects a task's wording (If-Match required); the old wording stays in its history")
    public Response correct(@PathParam("number") short number, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TaskPatch patch, @Context HttpServerRequest request) {
        Task task = find(number, LockModeType.PESSIMISTIC_WRITE);
        TaskView before = view(task);
        Preconditions.requireIfMatch(ifMatch, answers.etag(before));
        apply(task, patch.title() == null ? before.title() : patch.title().normalised(),
                patch.description() == null ? before.description() : patch.description().normalised());
        task.updatedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Task.flush();
        changeLog.record("task", String.valueOf(number), "CORRECT", Caller.of(identity).name(),
                request.getHeader(RequestIds.HEADER), Map.of("task", before, "reason", patch.reason()), view(task));
        return answers.ok(view(task));
    }

    @GET
    @Path("/{number}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every change of a task: who, when, under which request, before and after")
    public List<ChangeLog.Entry> history(@PathParam("number") short number) {
        find(number, LockModeType.NONE);
        return changeLog.of("task", String.valueOf(number));
    }

    static void requireWithinDeclared(short number) {
        int declared = DeclaredCount.<DeclaredCount>findById(DeclaredCount.Kind.TASK, LockModeType.PESSIMISTIC_READ).declared;
        if (number > declared) {
            throw ProblemException.of(ProblemType.UNPROCESSABLE, 422, "The resolution declares " + declared
                    + " tasks, so there is no task " + number + "; an admin must raise the declared count first"
                    + " (PUT /api/v1/plan/declared/tasks).");
        }
    }

    private static void apply(Task task, LocalizedText title, LocalizedText description) {
        task.titleVi = title.vi();
        task.titleEn = title.en();
        task.descriptionVi = description == null ? null : description.vi();
        task.descriptionEn = description == null ? null : description.en();
    }

    private static Task find(short number, LockModeType lock) {
        return Task.<Task>findByIdOptional(number, lock)
                .orElseThrow(() -> ProblemException.of(ProblemType.HTTP, 404, "There is no task " + number + "."));
    }

    private static TaskView view(Task task) {
        List<Integer> solutions = Solution.<Solution>list("taskNumber = ?1 order by number", task.number).stream()
                .map(s -> (int) s.number).toList();
        return TaskView.of(task, solutions);
    }
}
