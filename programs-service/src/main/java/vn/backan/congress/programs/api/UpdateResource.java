package vn.backan.congress.programs.api;

import vn.backan.congress.programs.service.UpdateView;

import vn.backan.congress.commons.rest.cache.CachedRead;
import vn.backan.congress.programs.service.Datasets;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.backan.congress.commons.rest.csv.CsvResponses;
import vn.backan.congress.commons.rest.paging.Page;
import vn.backan.congress.commons.rest.paging.PageParams;
import vn.backan.congress.commons.rest.paging.PagedResponses;
import vn.backan.congress.commons.text.Codes;
import vn.backan.congress.programs.store.Timeline;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every implementation update of the plan, for portals and open-data downloads. */
@Tag(name = "Implementation updates", description = "The implementation timeline of the solutions, append-only, each org unit reporting for itself.")
@CachedRead(Datasets.PLAN)
@Path("/api/v1/updates")
public class UpdateResource {

    @Inject
    Timeline timeline;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvResponses.TEXT_CSV})
    @Operation(operationId = "listUpdates", summary = "List implementation updates",
            description = "Implementation updates by solution and date, filtered by solution, org unit or report date range,"
                    + " and updatedSince (RFC 3339, inclusive: recorded at or after it; an update never changes once"
                    + " recorded); CSV with Accept: text/csv or format=csv.")
    @APIResponse(responseCode = "200", description = "One page of implementation updates; Link and X-Total-Count headers", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.UpdatePage.class)),
            @Content(mediaType = CsvResponses.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response list(@QueryParam("solution") @Min(1) @Max(Short.MAX_VALUE) Short solution,
            @QueryParam("orgUnit") @Pattern(regexp = Codes.CODE, message = Codes.MESSAGE) String orgUnit,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @Parameter(description = "RFC 3339, inclusive: only updates recorded at or after it")
            @QueryParam("updatedSince") OffsetDateTime updatedSince, @QueryParam("format") String format,
            @BeanParam @Valid PageParams paging, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        List<UpdateView> hits = timeline.entries(solution, orgUnit, from, to).stream().map(UpdateView::of)
                .filter(u -> updatedSince == null || !u.recordedAt().isBefore(updatedSince.toInstant())).toList();
        if (CsvResponses.wantsCsv(headers, format)) {
            return CsvResponses.csv(PlanCsv.updates(hits), "updates.csv");
        }
        return PagedResponses.ok(Page.slice(hits, paging), uriInfo);
    }
}
