package vn.backan.congress.elections.api;

import vn.backan.congress.commons.rest.web.WriteAnswers;

import vn.backan.congress.elections.service.TallySheetView;

import vn.backan.congress.elections.service.TallySheetInput;

import vn.backan.congress.commons.rest.cache.CachedRead;
import vn.backan.congress.elections.service.Datasets;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.backan.congress.commons.rest.store.IdempotentRequests;
import vn.backan.congress.elections.service.TallySheetService;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The counting minutes of a contest's rounds, every version kept, each with the result the engine computes. */
@Tag(name = "Tally sheets", description = "The counting minutes of a contest's rounds, every version kept, each with its computed result.")
@CachedRead(Datasets.CONTESTS)
@Path("/api/v1/contests/{code}/rounds/{round}/sheets")
public class TallySheetResource {

    @Inject
    WriteAnswers answers;

    @Inject
    TallySheetService sheets;

    @POST
    @RolesAllowed("secretariat")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordTallySheet", summary = "Record a round's counting minutes",
            description = "The secretariat records a round's counting minutes and gets the computed result (201). A round's first minutes need no If-Match; later ones are a correction: If-Match with the contest's ETag (428/412) and a correctionReason, a new version, the old kept; a correction after the announcement puts the contest back to RECORDED. 422 names each broken rule in errors {field: \"invariant\", message: \"<code>: <detail>\"}; 409 once APPROVED, for a round the previous one does not call for, or a correction that would change the ballot of a later round. Idempotency-Key accepted.")
    @APIResponse(responseCode = "201", description = "The recorded version of the minutes with the result computed from it", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TallySheetView.class)))
    public Response record(@PathParam("code") String code, @PathParam("round") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "2147483647")) int round,
            @Parameter(description = "Only for a correction (the round has minutes already): the contest's ETag;"
                    + " then 428 without it, 412 when outdated") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @HeaderParam(IdempotentRequests.HEADER) String key,
            @Valid @NotNull TallySheetInput input) {
        String path = "/api/v1/contests/" + code + "/rounds/" + round + "/sheets";
        return answers.once(key, "POST " + path + " " + answers.json(input), () -> {
            TallySheetView created = sheets.record(code, round, ifMatch, input);
            return answers.created(path + "/" + created.version(), created);
        });
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listTallySheets", summary = "List a round's minutes, every version",
            description = "Every version of a round's counting minutes, oldest first, each with the result it gives.")
    public List<TallySheetView> list(@PathParam("code") String code, @PathParam("round") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "2147483647")) int round) {
        return sheets.versions(code, round);
    }

    @GET
    @Path("/{version}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getTallySheet", summary = "Get one version of a round's minutes",
            description = "One version of a round's counting minutes, with the result the engine computes from it.")
    public TallySheetView get(@PathParam("code") String code, @PathParam("round") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "2147483647")) int round,
            @PathParam("version") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "2147483647")) int version) {
        return sheets.version(code, round, version);
    }
}
