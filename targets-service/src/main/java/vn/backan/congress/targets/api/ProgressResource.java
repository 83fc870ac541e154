package vn.backan.congress.targets.api;

import vn.backan.congress.commons.rest.cache.CachedRead;
import vn.backan.congress.targets.service.Datasets;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.backan.congress.commons.rest.csv.CsvResponses;
import vn.backan.congress.targets.store.Catalogue;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.backan.congress.targets.service.IndicatorService;
import vn.backan.congress.targets.service.ProgressService;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * How each target is doing, with the numbers behind the verdict. Approved figures only unless
 * {@code includeSubmitted=true}; {@code asOf=2023} evaluates as at the end of 2023.
 */
@Tag(name = "Progress", description = "How each target is doing for an org unit, with the numbers behind the verdict.")
@CachedRead({Datasets.INDICATORS, Datasets.FIGURES})
@Path("/api/v1/progress")
public class ProgressResource {

    @Inject
    ProgressService progress;

    @Inject
    IndicatorService indicators;

    @Inject
    Catalogue catalogue;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvResponses.TEXT_CSV})
    @Operation(operationId = "getScoreboard", summary = "Get the progress scoreboard",
            description = "Scoreboard: every indicator's status for one org unit (default the province), counted by status"
                    + " and by domain. As CSV (Accept: text/csv or format=csv), one row per org unit and indicator with"
                    + " the numbers behind each status: every org unit unless orgUnit names one.")
    @APIResponse(responseCode = "200", description = "The scoreboard, or its rows as CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressService.Scoreboard.class)),
            @Content(mediaType = CsvResponses.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response scoreboard(
            @Parameter(description = "An org unit's code; the province (06) when left out, except in CSV (every unit)")
            @QueryParam("orgUnit") String orgUnit,
            @QueryParam("asOf") @Min(2020) @Max(2025) Integer asOf,
            @QueryParam("includeSubmitted") @DefaultValue("false") boolean includeSubmitted,
            @QueryParam("format") String format, @Context HttpHeaders headers) {
        int year = ProgressService.year(asOf);
        if (CsvResponses.wantsCsv(headers, format)) {
            List<String> units = orgUnit == null ? catalogue.orgUnits().stream().map(u -> u.code).toList()
                    : List.of(progress.knownOrgUnit(orgUnit));
            return CsvResponses.csv(ProgressCsv.of(units.stream()
                    .map(u -> progress.scoreboard(u, year, includeSubmitted)).toList()), "progress-" + year + ".csv");
        }
        String unit = progress.knownOrgUnit(orgUnit == null ? ProgressService.PROVINCE : orgUnit);
        return Response.ok(progress.scoreboard(unit, year, includeSubmitted)).build();
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getIndicatorProgress", summary = "Get an indicator's progress",
            description = "One indicator's status for one org unit, with method, R, baseline, latest, target, rates and thresholds.")
    public ProgressService.IndicatorProgress indicator(@PathParam("code") String code,
            @QueryParam("orgUnit") @DefaultValue(ProgressService.PROVINCE) String orgUnit,
            @QueryParam("asOf") @Min(2020) @Max(2025) Integer asOf,
            @QueryParam("includeSubmitted") @DefaultValue("false") boolean includeSubmitted) {
        return progress.of(indicators.find(code), progress.knownOrgUnit(orgUnit), ProgressService.year(asOf),
                includeSubmitted);
    }
}
