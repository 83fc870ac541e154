package vn.backan.congress.elections.api;

import vn.backan.congress.commons.rest.web.JsonAnswers;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.rest.security.Caller;
import vn.backan.congress.commons.rest.store.ChangeLog;
import vn.backan.congress.commons.rest.store.IdempotentRequests;
import vn.backan.congress.commons.web.RequestIds;
import vn.backan.congress.elections.domain.Contest;
import vn.backan.congress.elections.domain.TallySheetVersion;
import vn.backan.congress.elections.store.ContestTallies;

/** The counting minutes of a contest's rounds, every version kept, each with the result the engine computes. */
@Path("/api/v1/contests/{code}/rounds/{round}/sheets")
public class TallySheetResource {

    @Inject
    TallySheetWriter writer;

    @Inject
    ContestTallies tallies;

    @Inject
    ChangeLog changeLog;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    JsonAnswers answers;

    @Inject
    SecurityIdentity identity;

    @POST
    @RolesAllowed("secretariat")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The secretariat records a round's counting minutes and gets the computed result (201). A round's first minutes need no If-Match; later ones are a correction: If-Match with the contest's ETag (428/412) and a correctionReason, a new version, the old kept; a correction after the announcement puts the contest back to RECORDED. 422 names each broken rule in errors {field: \"invariant\", message: \"<code>: <detail>\"}; 409 once APPROVED, for a round the previous one does not call for, or a correction that would change the ballot of a later round. Idempotency-Key accepted")
    @APIResponse(responseCode = "201", description = "The recorded version of the minutes with the result computed from it", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TallySheetView.class)))
    public Response record(@PathParam("code") String code, @PathParam("round") int round,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @HeaderParam(IdempotentRequests.HEADER) String key,
            @Valid @NotNull TallySheetInput input, @Context HttpServerRequest request) {
        if (round < 1) {
            throw noRound(code, round);
        }
        String actor = Caller.of(identity).name();
        String requestId = request.getHeader(RequestIds.HEADER);
        String path = "/api/v1/contests/" + code + "/rounds/" + round + "/sheets";
        return idempotent.once(actor, key, "POST " + path + " " + answers.json(input), () -> {
            Contest c = ContestWriter.findForUpdate(code);
            String stateBefore = c.state.name();
            TallySheetVersion v = writer.record(c, round, input, ifMatch, actor, requestId);
            TallySheetView created = view(c, tallies.of(c), v);
            changeLog.record("contest", code, v.versionNo == 1 ? "RECORD_SHEET" : "CORRECT_SHEET", actor, requestId,
                    Map.of("state", stateBefore), created);
            return answers.created(path + "/" + v.versionNo, created, null);
        });
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every version of a round's counting minutes, oldest first, each with the result it gives")
    public List<TallySheetView> list(@PathParam("code") String code, @PathParam("round") int round) {
        Contest c = ContestWriter.find(code);
        ContestTallies.Rounds rounds = tallies.of(c);
        List<TallySheetVersion> versions = tallies.versions(code, round);
        if (versions.isEmpty()) {
            throw noRound(code, round);
        }
        return versions.stream().map(v -> view(c, rounds, v)).toList();
    }

    @GET
    @Path("/{version}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One version of a round's counting minutes, with the result the engine computes from it")
    public TallySheetView get(@PathParam("code") String code, @PathParam("round") int round,
            @PathParam("version") int version) {
        Contest c = ContestWriter.find(code);
        TallySheetVersion v = tallies.versions(code, round).stream().filter(s -> s.versionNo == version).findFirst()
                .orElseThrow(() -> ProblemException.of(ProblemType.HTTP, 404, "Round " + round + " of contest " + code
                        + " has no version " + version + " of its minutes."));
        return view(c, tallies.of(c), v);
    }

    private TallySheetView view(Contest c, ContestTallies.Rounds rounds, TallySheetVersion v) {
        boolean current = rounds.number(v.roundNumber).map(r -> r.sheet().id.equals(v.id)).orElse(false);
        return TallySheetView.of(v, current, tallies.recount(c, rounds, v), c);
    }

    private static ProblemException noRound(String code, int round) {
        return ProblemException.of(ProblemType.HTTP, 404, "Round " + round + " of contest " + code
                + " has no minutes" + (round < 1 ? ": rounds count from 1." : "."));
    }
}
