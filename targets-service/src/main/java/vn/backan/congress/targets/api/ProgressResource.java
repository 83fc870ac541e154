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
@Produces(MediaType.APPLICATION_JSON)
public class ProgressResource {

    @Inject
    ProgressService progress;

    @Inject
    IndicatorService indicators;

    @GET
    @Operation(operationId = "getScoreboard", summary = "Get the progress scoreboard",
            description = "Scoreboard: every indicator's status for one org unit (default the province), counted by status and by domain.")
    public ProgressService.Scoreboard scoreboard(
            @QueryParam("orgUnit") @DefaultValue(ProgressService.PROVINCE) String orgUnit,
            @QueryParam("asOf") @Min(2020) @Max(2025) Integer asOf, @QueryParam("includeSubmitted") @DefaultValue("false") boolean includeSubmitted) {
        return progress.scoreboard(progress.knownOrgUnit(orgUnit), ProgressService.year(asOf), includeSubmitted);
    }

    @GET
    @Path("/{code}")
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
