package vn.backan.congress.targets.api;

import vn.backan.congress.targets.service.ObservationView;

import vn.backan.congress.commons.rest.cache.CachedRead;
import vn.backan.congress.targets.service.Datasets;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import vn.backan.congress.commons.etag.Preconditions;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import vn.backan.congress.commons.problem.Problem;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.Problems;
import vn.backan.congress.commons.text.VietnameseText;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.backan.congress.commons.rest.csv.CsvResponses;
import vn.backan.congress.commons.rest.paging.Page;
import vn.backan.congress.commons.rest.paging.PageParams;
import vn.backan.congress.commons.rest.paging.PagedResponses;
import vn.backan.congress.commons.rest.store.IdempotentRequests;
import vn.backan.congress.commons.rest.store.IdempotentRequests.Answer;
import vn.backan.congress.commons.rest.web.WriteAnswers;
import vn.backan.congress.commons.problem.ProblemType;
import java.util.function.Supplier;
import vn.backan.congress.commons.text.Codes;
import vn.backan.congress.targets.domain.Observation;
import vn.backan.congress.targets.service.ObservationService;
import vn.backan.congress.targets.store.ObservationQueries;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Yearly figures per indicator and org unit: district imports, approval, history, and reads. */
@Tag(name = "Observations", description = "Yearly figures per indicator and org unit: district imports, approval, and the history of each figure.")
@CachedRead(Datasets.FIGURES)
@Path("/api/v1/observations")
public class ObservationResource {

    @Inject
    ObservationService service;

    @Inject
    ObservationQueries queries;

    @Inject
    ObjectMapper mapper;

    @Inject
    WriteAnswers answers;

    @POST
    @Path("/import")
    @RolesAllowed({"reporter", "admin"})
    @Consumes({MediaType.APPLICATION_JSON, CsvResponses.TEXT_CSV})
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @Operation(operationId = "importObservations", summary = "Import figures",
            description = "Import figures as a JSON array or CSV; dryRun=true checks without saving; all or nothing unless keepValid=true."
                    + " A milestone's figure is a flag: 1 done, 0 not yet (any other value is VALUE_OUT_OF_RANGE)."
                    + " A qualitative commitment takes no figures (NOT_MEASURED_BY_FIGURES).")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = FigureInput.class, maxItems = FigureParsing.MAX_ROWS)),
            @Content(mediaType = CsvResponses.TEXT_CSV, schema = @Schema(type = SchemaType.STRING, maxLength = 2_097_152,
                    description = "A header row naming the columns (indicator, org_unit, year, value, quality,"
                            + " source, comment, source_url, source_title, publisher, published_on, quote; note is"
                            + " read as comment), then one figure per row; a UTF-8 BOM is accepted"))})
    @APIResponse(responseCode = "200", description = "What the import did (or, on a dry run, would do): counts and the"
            + " rows it rejected", content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportReportView.class)))
    @APIResponse(responseCode = "422", description = "Rows were rejected, so nothing was saved: a problem carrying the"
            + " whole report", content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ImportReportView.Rejected.class)))
    public Response importFigures(byte[] bytes, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @QueryParam("keepValid") @DefaultValue("false") boolean keepValid,
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey) {
        boolean csv = contentType != null && contentType.isCompatible(MediaType.valueOf(CsvResponses.TEXT_CSV));
        String body = FigureParsing.text(bytes);
        var rows = csv ? FigureParsing.fromCsv(body) : FigureParsing.fromJson(body, mapper);
        String request = (csv ? "csv|" : "json|") + keepValid + "|" + body;
        String key = blankToNull(idempotencyKey);
        Supplier<Answer> run = () -> importAnswer(service.importFigures(rows, dryRun, keepValid));
        return dryRun ? answers.dryRun(key, request, run) : answers.once(key, request, run);
    }

    /** 200 with the report, or a 422 problem carrying it when rows were refused and nothing was saved. */
    private Answer importAnswer(ObservationService.ImportOutcome outcome) {
        ImportReportView report = ImportReportView.of(outcome.report());
        if (!outcome.rejected()) {
            return answers.json(200, MediaType.APPLICATION_JSON, report);
        }
        int refused = outcome.report().counts().rejected();
        Problem p = Problems.of(ProblemType.UNPROCESSABLE, 422, refused + " of " + outcome.rows()
                + " rows were rejected, so nothing was saved; fix them, or send keepValid=true to save the others.");
        return answers.json(422, Problem.MEDIA_TYPE, new ImportReportView.Rejected(ProblemType.UNPROCESSABLE.uri(),
                p.title(), 422, p.detail(), answers.path(), answers.requestId(), report));
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvResponses.TEXT_CSV})
    @Operation(operationId = "listObservations", summary = "List figures",
            description = "Figures in force (submitted and approved; withdrawn ones only with state=WITHDRAWN), filtered by"
                    + " indicator, org unit, year, state, and updatedSince (RFC 3339, inclusive: figures whose last change"
                    + " is at or after it). CSV has one flat row per figure and re-imports as is. A mirror follows"
                    + " /api/v1/feeds/targets instead, which also lists withdrawals.")
    @APIResponse(responseCode = "200", description = "One page of figures; Link and X-Total-Count headers", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.ObservationPage.class)),
            @Content(mediaType = CsvResponses.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response list(
            @QueryParam("indicator") @Pattern(regexp = Codes.CODE, message = Codes.MESSAGE) String indicator,
            @QueryParam("orgUnit") @Pattern(regexp = Codes.CODE, message = Codes.MESSAGE) String orgUnit,
            @QueryParam("year") @Min(2020) @Max(2025) Integer year, @QueryParam("state") Observation.State state,
            @Parameter(description = "RFC 3339, inclusive: only figures changed at or after it")
            @QueryParam("updatedSince") OffsetDateTime updatedSince,
            @QueryParam("format") String format, @BeanParam @Valid PageParams paging,
            @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        ObservationQueries.Filter filter = new ObservationQueries.Filter(indicator, orgUnit, year, state,
                updatedSince == null ? null : updatedSince.toInstant());
        if (CsvResponses.wantsCsv(headers, format)) {
            return CsvResponses.csv(ObservationCsv.of(queries.all(filter)), "observations.csv");
        }
        List<ObservationView> items = queries.page(filter, paging).stream().map(ObservationView::of).toList();
        return PagedResponses.ok(Page.of(items, paging, queries.count(filter)), uriInfo);
    }

    /** Every other published value of the figures in force, with its figure's key and value. */
    public record OtherValueRow(long figureId, String indicator, String orgUnit, int year, BigDecimal figureValue,
            ObservationView.OtherValueView otherValue) {
    }

    /** The other values, all of them (there are few): a list, not a page. */
    public record OtherValueList(List<OtherValueRow> items) {
    }

    @GET
    @Path("/other-values")
    @Produces({MediaType.APPLICATION_JSON, CsvResponses.TEXT_CSV})
    @Operation(operationId = "listOtherValues", summary = "List the other published values",
            description = "Where pages published different values for one figure, the figure holds the value the source"
                    + " rule chose (a dated page over an undated one, the later over the earlier, the more final over an"
                    + " estimate, the statistics office over the press) and keeps the others: here each, with its page"
                    + " and the step at which it lost. Filters as for the figures; CSV has a row per other value.")
    @APIResponse(responseCode = "200", description = "The other values of the figures in force", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OtherValueList.class)),
            @Content(mediaType = CsvResponses.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response otherValues(
            @QueryParam("indicator") @Pattern(regexp = Codes.CODE, message = Codes.MESSAGE) String indicator,
            @QueryParam("orgUnit") @Pattern(regexp = Codes.CODE, message = Codes.MESSAGE) String orgUnit,
            @QueryParam("year") @Min(2020) @Max(2025) Integer year,
            @QueryParam("format") String format, @Context HttpHeaders headers) {
        List<Observation> figures = queries.all(new ObservationQueries.Filter(indicator, orgUnit, year, null, null))
                .stream().filter(o -> !o.otherValues.isEmpty()).toList();
        if (CsvResponses.wantsCsv(headers, format)) {
            return CsvResponses.csv(ObservationCsv.otherValues(figures), "other-values.csv");
        }
        List<OtherValueRow> rows = figures.stream().flatMap(o -> ObservationView.of(o).otherValues().stream()
                .map(v -> new OtherValueRow(o.id, o.indicatorCode, o.orgUnitCode, o.year, o.value.stripTrailingZeros(), v)))
                .toList();
        return Response.ok(new OtherValueList(rows)).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getObservation", summary = "Get a figure",
            description = "One figure; its ETag is what If-Match must quote to approve it.")
    public ObservationView get(@PathParam("id") @Min(1) @Max(Long.MAX_VALUE) long id) {
        return ObservationView.of(service.find(id));
    }

    @GET
    @Path("/{id}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getObservationHistory", summary = "Get a figure's history",
            description = "The figure as it is now, every earlier value it replaced, and its approvals, oldest first.")
    public ObservationView.History history(@PathParam("id") @Min(1) @Max(Long.MAX_VALUE) long id) {
        return new ObservationView.History(ObservationView.of(service.find(id)), queries.revisions(id).stream()
                .map(ObservationView.Revision::of).toList(), service.changes(id));
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed("admin")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "approveObservation", summary = "Approve a figure",
            description = "An admin approves a submitted figure (If-Match required)")
    @APIResponse(responseCode = "200", description = "The approved figure, with its new ETag", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObservationView.class)))
    public Response approve(@PathParam("id") @Min(1) @Max(Long.MAX_VALUE) long id, @Parameter(required = true, description = Preconditions.IF_MATCH_DESCRIPTION)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answers.changed(service.approve(id, ifMatch));
    }

    /** Why a figure is withdrawn: required, so nobody has to guess later. */
    @Schema(name = "WithdrawalInput")
    public record WithdrawalInput(@Schema(required = true, minLength = 1, maxLength = 1000,
            examples = "Entered for the wrong district") String reason) {
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed({"reporter", "admin"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "withdrawObservation", summary = "Withdraw a figure",
            description = "A figure entered by mistake leaves lists and progress, with who withdrew it, when and why."
                    + " Nothing is deleted: its history keeps it, and the changes feed shows its tombstone. An admin may"
                    + " withdraw any figure; a reporter only its own unit's, while it is still SUBMITTED. If-Match is"
                    + " required. Importing the same indicator, unit and year again brings it back as SUBMITTED.")
    @APIResponse(responseCode = "200", description = "The withdrawn figure, with its new ETag", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObservationView.class)))
    public Response withdraw(@PathParam("id") @Min(1) @Max(Long.MAX_VALUE) long id,
            @Parameter(required = true, description = Preconditions.IF_MATCH_DESCRIPTION)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid WithdrawalInput input) {
        String reason = input == null || input.reason() == null ? "" : VietnameseText.nfc(input.reason().trim());
        if (reason.isEmpty() || reason.length() > 1000) {
            throw new ProblemException(Problems.validation("reason is required: say why the figure is withdrawn"
                    + " (at most 1000 characters).", List.of(new Problem.FieldError("reason",
                    "required, 1 to 1000 characters"))));
        }
        return answers.changed(service.withdraw(id, ifMatch, reason));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
