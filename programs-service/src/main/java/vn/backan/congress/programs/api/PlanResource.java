package vn.backan.congress.programs.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.backan.congress.commons.rest.store.ChangeLog;
import vn.backan.congress.programs.domain.ProvinceDay;
import vn.backan.congress.programs.service.PlanService;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The plan of section 4.2: 5 tasks and 27 solutions declared, against what has been entered. */
@Tag(name = "Plan", description = "Section 4.2's plan: the tasks and solutions declared against those recorded.")
@Path("/api/v1/plan")
public class PlanResource {

    @Inject
    PlanService plan;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPlan", summary = "Declared against recorded tasks and solutions, the missing numbers, and solutions by status on asOf (default today)")
    public PlanView plan(@QueryParam("asOf") LocalDate asOf) {
        return plan.summary(asOf == null ? ProvinceDay.today() : asOf);
    }

    @GET
    @Path("/declared/{kind}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getDeclaredCount", summary = "How many tasks or solutions the resolution declares (kind: tasks or solutions); the ETag is what PUT needs")
    public DeclaredCountView declared(@PathParam("kind") String kind) {
        return plan.declared(kind);
    }

    @PUT
    @Path("/declared/{kind}")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeDeclaredCount", summary = "An admin changes a declared count (If-Match required); never below the numbers already recorded; kept in history")
    public Response change(@PathParam("kind") String kind, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DeclaredCountChange change) {
        return plan.change(kind, ifMatch, change);
    }

    @GET
    @Path("/declared/{kind}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getDeclaredCountHistory", summary = "Every change of a declared count: who, when, why, before and after")
    public List<ChangeLog.Entry> history(@PathParam("kind") String kind) {
        return plan.history(kind);
    }
}
