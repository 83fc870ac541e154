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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.backan.congress.commons.etag.Preconditions;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.rest.security.Caller;
import vn.backan.congress.commons.rest.store.ChangeLog;
import vn.backan.congress.commons.web.RequestIds;
import vn.backan.congress.programs.domain.DeclaredCount;
import vn.backan.congress.programs.domain.Solution;
import vn.backan.congress.programs.domain.Task;

/** The plan of section 4.2: 5 tasks and 27 solutions declared, against what has been entered. */
@Path("/api/v1/plan")
public class PlanResource {

    /** A declared count as served: the number, the seed's sentence it comes from. */
    public record DeclaredCountView(String kind, int declared, int recorded, String sourceVi, Instant updatedAt) {
    }

    @Inject
    PlanSummary summary;

    @Inject
    ChangeLog changeLog;

    @Inject
    JsonAnswers answers;

    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Declared against recorded tasks and solutions, the missing numbers, and solutions by status on asOf (default today)")
    public PlanView plan(@QueryParam("asOf") LocalDate asOf) {
        return summary.of(asOf == null ? ProvinceDay.today() : asOf);
    }

    @GET
    @Path("/declared/{kind}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "How many tasks or solutions the resolution declares (kind: tasks or solutions); the ETag is what PUT needs")
    public DeclaredCountView declared(@PathParam("kind") String kind) {
        return view(find(kind, LockModeType.NONE));
    }

    @PUT
    @Path("/declared/{kind}")
    @RolesAllowed("admin")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An admin changes a declared count (If-Match required); never below the numbers already recorded; kept in history")
    public Response change(@PathParam("kind") String kind, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DeclaredCountChange change, @Context HttpServerRequest request) {
        DeclaredCount count = find(kind, LockModeType.PESSIMISTIC_WRITE);
        DeclaredCountView before = view(count);
        Preconditions.requireIfMatch(ifMatch, answers.etag(before));
        int highest = highestRecorded(count.kind);
        if (change.declared() < highest) {
            throw ProblemException.of(ProblemType.UNPROCESSABLE, 422, "Number " + highest + " is already recorded,"
                    + " so the declared count of " + kind + " cannot go below " + highest + ".");
        }
        count.declared = change.declared();
        count.updatedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        DeclaredCount.flush();
        DeclaredCountView after = view(count);
        changeLog.record("declared-count", count.kind.name(), "CHANGE", Caller.of(identity).name(),
                request.getHeader(RequestIds.HEADER), Map.of("count", before, "reason", change.reason()), after);
        return answers.ok(after);
    }

    @GET
    @Path("/declared/{kind}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every change of a declared count: who, when, why, before and after")
    public List<ChangeLog.Entry> history(@PathParam("kind") String kind) {
        return changeLog.of("declared-count", find(kind, LockModeType.NONE).kind.name());
    }

    /** Locked for a change, so a create checking the count waits for it (and the other way round). */
    private static DeclaredCount find(String kind, LockModeType lock) {
        DeclaredCount.Kind k = switch (kind) {
            case "tasks" -> DeclaredCount.Kind.TASK;
            case "solutions" -> DeclaredCount.Kind.SOLUTION;
            default -> throw ProblemException.of(ProblemType.HTTP, 404,
                    "There is no declared count " + kind + "; there are tasks and solutions.");
        };
        return DeclaredCount.findById(k, lock);
    }

    private static int highestRecorded(DeclaredCount.Kind kind) {
        Number max = kind == DeclaredCount.Kind.TASK
                ? (Number) Task.getEntityManager().createQuery("select max(t.number) from Task t").getSingleResult()
                : (Number) Solution.getEntityManager().createQuery("select max(s.number) from Solution s").getSingleResult();
        return max == null ? 0 : max.intValue();
    }

    private static DeclaredCountView view(DeclaredCount count) {
        long recorded = count.kind == DeclaredCount.Kind.TASK ? Task.count() : Solution.count();
        return new DeclaredCountView(count.kind == DeclaredCount.Kind.TASK ? "tasks" : "solutions", count.declared,
                (int) recorded, count.sourceVi, count.updatedAt);
    }
}
