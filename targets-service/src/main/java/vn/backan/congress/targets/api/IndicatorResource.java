package vn.backan.congress.targets.api;

import vn.backan.congress.targets.service.IndicatorCorrection;

import vn.backan.congress.targets.service.IndicatorView;

import vn.backan.congress.commons.rest.cache.CachedRead;
import vn.backan.congress.targets.service.Datasets;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import vn.backan.congress.commons.etag.Preconditions;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import vn.backan.congress.targets.service.PublishedEntities;
import vn.backan.congress.commons.rest.feed.UpdatedSince;
import java.util.function.Predicate;
import java.time.OffsetDateTime;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.backan.congress.commons.rest.csv.CsvResponses;
import vn.backan.congress.commons.rest.paging.Page;
import vn.backan.congress.commons.rest.paging.PageParams;
import vn.backan.congress.commons.rest.paging.PagedResponses;
import vn.backan.congress.commons.rest.store.ChangeLog;
import vn.backan.congress.commons.rest.web.WriteAnswers;
import vn.backan.congress.targets.domain.Domain;
import vn.backan.congress.targets.domain.TargetKind;
import vn.backan.congress.targets.domain.progress.Status;
import vn.backan.congress.targets.service.IndicatorService;
import vn.backan.congress.targets.service.ProgressService;
import vn.backan.congress.targets.store.Catalogue;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The resolution's measurable commitments, one indicator each. */
@Tag(name = "Indicators", description = "The resolution's measurable commitments, one indicator each, with its target as data and the sentence it comes from.")
@CachedRead({Datasets.INDICATORS, Datasets.FIGURES})
@Path("/api/v1/indicators")
public class IndicatorResource {

    @Inject
    WriteAnswers answers;

    @Inject
    Catalogue catalogue;

    @Inject
    IndicatorService indicators;

    @Inject
    ProgressService progress;

    @Inject
    UpdatedSince changed;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvResponses.TEXT_CSV})
    @Operation(operationId = "listIndicators", summary = "List indicators",
            description = "List indicators, filtered by domain, kind, parent, text (q folds accents: 'rung' finds 'rừng') or progress status (for orgUnit, default the province, as of asOf), and updatedSince (RFC 3339, inclusive: indicators changed at or after it); CSV with Accept: text/csv or format=csv.")
    @APIResponse(responseCode = "200", description = "One page of indicators; Link and X-Total-Count headers", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.IndicatorPage.class)),
            @Content(mediaType = CsvResponses.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response list(@QueryParam("domain") Domain domain, @QueryParam("kind") TargetKind kind,
            @QueryParam("parent") String parent, @QueryParam("q") String q, @QueryParam("status") Status status,
            @QueryParam("orgUnit") @DefaultValue(ProgressService.PROVINCE) String orgUnit,
            @QueryParam("asOf") @Min(2020) @Max(2025) Integer asOf,
            @Parameter(description = "RFC 3339, inclusive: only indicators changed at or after it")
            @QueryParam("updatedSince") OffsetDateTime updatedSince, @QueryParam("format") String format,
            @BeanParam @Valid PageParams paging, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        Predicate<String> since = changed.keys(PublishedEntities.INDICATOR.type(), updatedSince);
        Set<String> withStatus = status == null ? null : progress.scoreboard(progress.knownOrgUnit(orgUnit),
                ProgressService.year(asOf), false).indicators().stream()
                .filter(p -> p.evaluation().status() == status).map(ProgressService.IndicatorProgress::code)
                .collect(Collectors.toSet());
        List<IndicatorView> hits = catalogue.indicators().stream()
                .map(IndicatorView::of)
                .filter(new IndicatorFilter(domain, kind, parent, q))
                .filter(i -> withStatus == null || withStatus.contains(i.code()))
                .filter(i -> since.test(i.code()))
                .toList();
        if (CsvResponses.wantsCsv(headers, format)) {
            return CsvResponses.csv(IndicatorCsv.of(hits), "indicators.csv");
        }
        return PagedResponses.ok(Page.slice(hits, paging), uriInfo);
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getIndicator", summary = "Get an indicator",
            description = "One indicator with its target, the sentence it comes from, and its latest figure and status for the province; the ETag is what If-Match quotes.")
    public IndicatorView get(@PathParam("code") String code) {
        return indicators.detail(indicators.find(code));
    }

    @PATCH
    @Path("/{code}")
    @RolesAllowed("admin")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "correctIndicator", summary = "Correct an indicator",
            description = "An admin corrects an indicator's wording or bounds (If-Match required); the old values stay in its history.")
    @APIResponse(responseCode = "200", description = "The corrected indicator, with its new ETag", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorView.class)))
    public Response correct(@PathParam("code") String code, @Parameter(required = true, description = Preconditions.IF_MATCH_DESCRIPTION)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull IndicatorCorrection correction) {
        return answers.changed(indicators.correct(code, ifMatch, correction));
    }

    @GET
    @Path("/{code}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getIndicatorHistory", summary = "Get an indicator's correction history",
            description = "Every correction of an indicator: who, when, under which request, the values before and after.")
    public List<ChangeLog.Entry> history(@PathParam("code") String code) {
        return indicators.history(code);
    }
}
