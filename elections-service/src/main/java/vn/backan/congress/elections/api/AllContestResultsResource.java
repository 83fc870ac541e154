package vn.backan.congress.elections.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.backan.congress.commons.rest.cache.CachedRead;
import vn.backan.congress.commons.rest.csv.CsvResponses;
import vn.backan.congress.elections.service.Datasets;
import vn.backan.congress.elections.store.ContestQueries;
import vn.backan.congress.elections.store.ContestTallies;

/** Every contest's results in one table: the open-data download of the contests dataset. */
@Tag(name = "Contests", description = "Contests, their rounds and results, from recorded to announced to approved.")
@CachedRead(Datasets.CONTESTS)
@Path("/api/v1/contest-results")
public class AllContestResultsResource {

    @Inject
    ContestQueries contests;

    @Inject
    ContestTallies tallies;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvResponses.TEXT_CSV})
    @Operation(operationId = "listAllContestResults", summary = "List every contest's results",
            description = "One row per candidate per counted round (current minutes) of every contest, contests by"
                    + " election date; CSV with Accept: text/csv or format=csv.")
    @APIResponse(responseCode = "200", description = "One row per candidate per round, as an array", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = ContestResultResource.ContestResultRow.class)),
            @Content(mediaType = CsvResponses.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response results(@QueryParam("format") String format, @Context HttpHeaders headers) {
        List<ContestResultResource.ContestResultRow> rows = contests.all().stream()
                .flatMap(c -> ContestResultResource.rows(c, tallies.of(c)).stream()).toList();
        if (CsvResponses.wantsCsv(headers, format)) {
            return CsvResponses.csv(ContestResultResource.csv(rows), "contest-results.csv");
        }
        return Response.ok(rows).build();
    }
}
