package vn.backan.congress.programs.api;

import vn.backan.congress.commons.rest.web.JsonAnswers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
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
import vn.backan.congress.commons.etag.Preconditions;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.rest.csv.CsvResponses;
import vn.backan.congress.commons.rest.paging.Page;
import vn.backan.congress.commons.rest.paging.PageParams;
import vn.backan.congress.commons.rest.paging.PagedResponses;
import vn.backan.congress.commons.rest.security.Caller;
import vn.backan.congress.commons.rest.store.ChangeLog;
import vn.backan.congress.commons.rest.store.IdempotentRequests;
import vn.backan.congress.commons.web.RequestIds;
import vn.backan.congress.programs.domain.Solution;
import vn.backan.congress.programs.domain.SolutionUpdate;
import vn.backan.congress.programs.store.Timeline;

/** The plan's solutions: entered and edited by admins, read by everyone, each with its latest update. */
@Path("/api/v1/solutions")
public class SolutionResource {

    @Inject
    SolutionWriter writer;

    @Inject
    Timeline timeline;

    @Inject
    ChangeLog changeLog;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    JsonAnswers answers;

    @Inject
    SecurityIdentity identity;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvResponses.TEXT_CSV})
    @Operation(summary = "Solutions by number, filtered by program, task, status, indicator, lead agency, overdue or q (accents ignored); CSV with Accept: text/csv or format=csv")
    public Response list(@BeanParam @Valid SolutionFilter filter, @QueryParam("format") String format,
            @BeanParam @Valid PageParams paging, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        Map<Short, SolutionUpdate> latest = timeline.latestPerSolution();
        LocalDate day = filter.day();
        List<SolutionView> hits = Solution.<Solution>list("order by number").stream()
                .map(s -> SolutionView.of(s, latestView(latest.get(s.number)), day))
                .filter(filter.predicate()).toList();
        if (CsvResponses.wantsCsv(headers, format)) {
            return CsvResponses.csv(PlanCsv.solutions(hits), "solutions.csv");
        }
        return PagedResponses.ok(Page.slice(hits, paging), uriInfo);
    }

    @GET
    @Path("/{number}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One solution with its latest update; the ETag is what PATCH needs")
    public SolutionView get(@PathParam("number") short number) {
        return view(find(number));
    }

    @POST
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An admin enters a solution: 422 above the declared count, for an unknown task, program or indicator code; 503 with Retry-After when targets-service cannot check the codes")
    public Response create(@Valid @NotNull SolutionInput input, @HeaderParam(IdempotentRequests.HEADER) String key,
            @Context HttpServerRequest request) {
        Caller caller = Caller.of(identity);
        // Asked before the transaction (see SolutionWriter); a replay needs no check, it gets the first answer.
        if (!idempotent.answered(caller.name(), key)) {
            writer.checkReferences(input);
        }
        return QuarkusTransaction.requiringNew().call(() -> idempotent.once(caller.name(), key,
                "POST /api/v1/solutions " + answers.json(input), () -> {
                    Solution s = writer.create(input, caller.name());
                    SolutionView created = view(s);
                    changeLog.record("solution", String.valueOf(s.number), "CREATE", caller.name(),
                            request.getHeader(RequestIds.HEADER), null, created);
                    return answers.created("/api/v1/solutions/" + s.number, created);
                }));
    }

    @PATCH
    @Path("/{number}")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An admin edits a solution (If-Match required, reason kept in history); the result must still make sense (422)")
    public Response edit(@PathParam("number") short number, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SolutionPatch patch, @Context HttpServerRequest request) {
        writer.checkReferences(number, patch); // before the row lock is taken (see SolutionWriter)
        return QuarkusTransaction.requiringNew().call(() -> {
            Solution s = findForUpdate(number);
            SolutionView before = view(s);
            Preconditions.requireIfMatch(ifMatch, answers.etag(before));
            writer.edit(s, patch);
            SolutionView after = view(s);
            changeLog.record("solution", String.valueOf(number), "EDIT", Caller.of(identity).name(),
                    request.getHeader(RequestIds.HEADER), Map.of("solution", before, "reason", patch.reason()), after);
            return answers.ok(after);
        });
    }

    @GET
    @Path("/{number}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every admin change of a solution: who, when, under which request, before and after")
    public List<ChangeLog.Entry> history(@PathParam("number") short number) {
        find(number);
        return changeLog.of("solution", String.valueOf(number));
    }

    static Solution find(short number) {
        return Solution.<Solution>findByIdOptional(number).orElseThrow(() -> notFound(number));
    }

    /** Locked for writing: concurrent edits and updates of one solution run one after the other. */
    static Solution findForUpdate(short number) {
        return Solution.<Solution>findByIdOptional(number, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> notFound(number));
    }

    private static ProblemException notFound(short number) {
        return ProblemException.of(ProblemType.HTTP, 404, "There is no solution " + number + ".");
    }

    private SolutionView view(Solution s) {
        return SolutionView.of(s, latestView(timeline.latestOf(s.number).orElse(null)), ProvinceDay.today());
    }

    private static UpdateView latestView(SolutionUpdate u) {
        return u == null ? null : UpdateView.of(u);
    }
}
