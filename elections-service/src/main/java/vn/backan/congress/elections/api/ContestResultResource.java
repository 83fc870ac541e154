package vn.backan.congress.elections.api;

import vn.backan.congress.elections.service.TallyResultView;

import vn.backan.congress.commons.rest.cache.CachedRead;
import vn.backan.congress.elections.service.Datasets;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.backan.congress.commons.rest.csv.Csv;
import vn.backan.congress.commons.rest.csv.CsvResponses;
import vn.backan.congress.commons.text.LocalizedText;
import vn.backan.congress.elections.domain.Contest;
import vn.backan.congress.elections.service.ContestService;
import vn.backan.congress.elections.store.ContestTallies;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A contest's results as open data: one row per candidate per round, from each round's current minutes. */
@Tag(name = "Contests", description = "Contests, their rounds and results, from recorded to announced to approved.")
@CachedRead(Datasets.CONTESTS)
@Path("/api/v1/contests/{code}/results")
public class ContestResultResource {

    /** One candidate in one round; the base and minimum are repeated on each row so a row stands alone. */
    public record ContestResultRow(String contestCode, int round, int sheetVersion, String candidateId,
            String candidateName, int votes, int thresholdBase, int minimumVotes, BigDecimal percentOfBase,
            boolean passed, int rank, String outcome, LocalizedText outcomeLabel) {
    }

    @Inject
    ContestTallies tallies;

    @Inject
    ContestService contests;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvResponses.TEXT_CSV})
    @Operation(operationId = "listContestResults", summary = "List a contest's results",
            description = "Results, one row per candidate per round (current minutes), in round then vote order; CSV with Accept: text/csv or format=csv.")
    @APIResponse(responseCode = "200", description = "One row per candidate per round, as an array", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ContestResultRow.class)),
            @Content(mediaType = CsvResponses.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response results(@PathParam("code") String code, @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        Contest c = contests.find(code);
        List<ContestResultRow> rows = rows(c, tallies.of(c));
        if (CsvResponses.wantsCsv(headers, format)) {
            return CsvResponses.csv(csv(rows), code + "-results.csv");
        }
        return Response.ok(rows).build();
    }

    /** One row per candidate per counted round, in round then vote order. */
    static List<ContestResultRow> rows(Contest c, ContestTallies.Rounds rounds) {
        return rounds.counted().stream().flatMap(r -> {
            TallyResultView result = TallyResultView.of(r.result(), c);
            return result.candidates().stream().map(k -> new ContestResultRow(c.code, r.round().number(),
                    r.sheet().versionNo, k.candidateId(), k.name(), k.votes(), result.thresholdBase().value(),
                    result.minimumVotes(), k.percentOfBase(), k.passed(), k.rank(), k.outcome(), k.outcomeLabel()));
        }).toList();
    }

    static String csv(List<ContestResultRow> rows) {
        return Csv.write(List.of("contest_code", "round", "sheet_version", "candidate_id", "candidate_name", "votes",
                "threshold_base", "minimum_votes", "percent_of_base", "passed", "rank", "outcome", "outcome_vi",
                "outcome_en"), rows.stream().map(r -> Arrays.<Object>asList(r.contestCode(), r.round(),
                        r.sheetVersion(), r.candidateId(), r.candidateName(), r.votes(), r.thresholdBase(),
                        r.minimumVotes(), r.percentOfBase(), r.passed(), r.rank(), r.outcome(), r.outcomeLabel().vi(),
                        r.outcomeLabel().en())).toList());
    }
}
