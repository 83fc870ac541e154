package vn.backan.congress.programs.api;

import vn.backan.congress.commons.rest.web.WriteAnswers;

import vn.backan.congress.programs.service.PlanView;

import vn.backan.congress.programs.service.DeclaredCountView;

import vn.backan.congress.programs.service.DeclaredCountChange;

import vn.backan.congress.commons.rest.cache.CachedRead;
import vn.backan.congress.programs.service.Datasets;
import vn.backan.congress.commons.etag.Preconditions;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
import vn.backan.congress.commons.time.ProvinceDay;
import vn.backan.congress.programs.service.PlanService;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The plan of section 4.2: 5 tasks and 27 solutions declared, against what has been entered. */
@Tag(name = "Plan", description = "Section 4.2's plan: the tasks and solutions declared against those recorded.")
@CachedRead(Datasets.PLAN)
@Path("/api/v1/plan")
public class PlanResource {

    @Inject
    WriteAnswers answers;

    @Inject
    PlanService plan;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPlan", summary = "Get the plan",
            description = "Declared against recorded tasks and solutions, the missing numbers, and solutions by status on asOf (default today)")
    public PlanView plan(@QueryParam("asOf") LocalDate asOf) {
        return plan.summary(asOf == null ? ProvinceDay.today() : asOf);
    }

    @GET
    @Path("/declared/{kind}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getDeclaredCount", summary = "Get a declared count",
            description = "How many tasks or solutions the resolution declares (kind: tasks or solutions); the ETag is what PUT needs.")
    public DeclaredCountView declared(@PathParam("kind") String kind) {
        return plan.declared(kind);
    }

    @PUT
    @Path("/declared/{kind}")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeDeclaredCount", summary = "Change a declared count",
            description = "An admin changes a declared count (If-Match required); never below the numbers already recorded; kept in history.")
    @APIResponse(responseCode = "200", description = "The changed count, with its new ETag", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeclaredCountView.class)))
    public Response change(@PathParam("kind") String kind, @Parameter(required = true, description = Preconditions.IF_MATCH_DESCRIPTION)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DeclaredCountChange change) {
        return answers.changed(plan.change(kind, ifMatch, change));
    }

    @GET
    @Path("/declared/{kind}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getDeclaredCountHistory", summary = "Get a declared count's history",
            description = "Every change of a declared count: who, when, why, before and after.")
    public List<ChangeLog.Entry> history(@PathParam("kind") String kind) {
        return plan.history(kind);
    }
}
