package vn.backan.congress.targets.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.ws.rs.DefaultValue;
import vn.backan.congress.targets.domain.progress.Status;
import vn.backan.congress.commons.etag.ETags;
import vn.backan.congress.commons.etag.Preconditions;
import vn.backan.congress.commons.rest.security.Caller;
import vn.backan.congress.commons.web.RequestIds;
import vn.backan.congress.targets.domain.Indicator;
import vn.backan.congress.commons.rest.store.ChangeLog;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.rest.csv.CsvResponses;
import vn.backan.congress.commons.rest.paging.Page;
import vn.backan.congress.commons.rest.paging.PageParams;
import vn.backan.congress.commons.rest.paging.PagedResponses;
import vn.backan.congress.targets.domain.Domain;
import vn.backan.congress.targets.domain.TargetKind;
import vn.backan.congress.targets.store.Catalogue;

/** The resolution's measurable commitments, one indicator each. */
@Path("/api/v1/indicators")
public class IndicatorResource {

    @Inject
    Catalogue catalogue;

    @Inject
    ChangeLog changeLog;

    @Inject
    ProgressService progress;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper mapper;

    @Inject
    SecurityIdentity identity;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvResponses.TEXT_CSV})
    @Operation(summary = "List indicators, filtered by domain, kind, parent, text (q folds accents: 'rung' finds 'rừng') or progress status (for orgUnit, default the province, as of asOf); CSV with Accept: text/csv or format=csv")
    public Response list(@QueryParam("domain") Domain domain, @QueryParam("kind") TargetKind kind,
            @QueryParam("parent") String parent, @QueryParam("q") String q, @QueryParam("status") Status status,
            @QueryParam("orgUnit") @DefaultValue(ProgressResource.PROVINCE) String orgUnit,
            @QueryParam("asOf") Integer asOf, @QueryParam("format") String format,
            @BeanParam @Valid PageParams paging, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        Set<String> withStatus = status == null ? null : progress.scoreboard(progress.knownOrgUnit(orgUnit), ProgressService.year(asOf), false).indicators()
                .stream().filter(p -> p.evaluation().status() == status).map(ProgressService.IndicatorProgress::code)
                .collect(Collectors.toSet());
        List<IndicatorView> hits = catalogue.indicators().stream()
                .map(IndicatorView::of)
                .filter(new IndicatorFilter(domain, kind, parent, q))
                .filter(i -> withStatus == null || withStatus.contains(i.code()))
                .toList();
        if (CsvResponses.wantsCsv(headers, format)) {
            return CsvResponses.csv(IndicatorCsv.of(hits), "indicators.csv");
        }
        return PagedResponses.ok(Page.slice(hits, paging), uriInfo);
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One indicator with its target, the sentence it comes from, and its latest figure and status for the province; the ETag is what If-Match quotes")
    public IndicatorView get(@PathParam("code") String code) {
        return detail(find(code));
    }

    @PATCH
    @Path("/{code}")
    @RolesAllowed("admin")
    @Transactional
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An admin corrects an indicator's wording or bounds (If-Match required); the old values stay in its history")
    public Response correct(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull IndicatorCorrection correction, @Context HttpServerRequest request) {
        Indicator indicator = find(code);
        IndicatorView before = detail(indicator);
        Preconditions.requireIfMatch(ifMatch, etagOf(before));
        IndicatorCorrections.apply(indicator, correction);
        indicator.updatedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS); // the column keeps ms: same bytes, same ETag on the next GET
        Indicator.flush();
        IndicatorView after = detail(indicator);
        changeLog.record("indicator", code, "CORRECT", Caller.of(identity).name(), request.getHeader(RequestIds.HEADER),
                Map.of("indicator", before.withProgress(null), "reason", correction.reason()), after.withProgress(null));
        return Response.ok(after).header(HttpHeaders.ETAG, etagOf(after)).build();
    }

    @GET
    @Path("/{code}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every correction of an indicator: who, when, under which request, the values before and after")
    public List<ChangeLog.Entry> history(@PathParam("code") String code) {
        find(code);
        return changeLog.of("indicator", code);
    }

    /** The detail as GET serves it; its bytes are what the ETag filter tags, so If-Match compares like with like. */
    private IndicatorView detail(Indicator indicator) {
        int asOf = ProgressService.year(null);
        var evaluation = progress.of(indicator, ProgressResource.PROVINCE, asOf, false).evaluation();
        return IndicatorView.of(indicator).withProgress(new IndicatorView.ProgressSummary(ProgressResource.PROVINCE,
                asOf, evaluation.status(), evaluation.ratio(), evaluation.latest(),
                "/api/v1/progress/" + indicator.code));
    }

    private String etagOf(IndicatorView view) {
        try {
            return ETags.ofBytes(mapper.writeValueAsBytes(view));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Indicator find(String code) {
        return catalogue.indicator(code)
                .orElseThrow(() -> ProblemException.of(ProblemType.HTTP, 404, "There is no indicator " + code + "."));
    }
}
