package vn.backan.congress.programs.api;

import vn.backan.congress.programs.service.Datasets;
import vn.backan.congress.programs.service.ProgramView;

import vn.backan.congress.commons.rest.cache.CachedRead;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.backan.congress.programs.service.PublishedEntities;
import vn.backan.congress.commons.rest.feed.UpdatedSince;
import java.util.function.Predicate;
import java.time.OffsetDateTime;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.rest.csv.Csv;
import vn.backan.congress.commons.rest.csv.CsvResponses;
import vn.backan.congress.commons.rest.paging.Page;
import vn.backan.congress.commons.rest.paging.PageParams;
import vn.backan.congress.commons.rest.paging.PagedResponses;
import vn.backan.congress.commons.text.VietnameseText;
import vn.backan.congress.programs.store.PlanQueries;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The four key programs of the term (section 4.1 of the resolution). */
@Tag(name = "Programs", description = "The four key programs of section 4.1, verbatim, with the targets they serve.")
@CachedRead(Datasets.PLAN)
@Path("/api/v1/programs")
public class ProgramResource {

    @Inject
    PlanQueries plan;

    @Inject
    UpdatedSince changed;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvResponses.TEXT_CSV})
    @Operation(operationId = "listPrograms", summary = "List key programs",
            description = "The key programs, filtered by domain, indicator code or text (q folds accents), and updatedSince (RFC 3339, inclusive: programs changed at or after it; they come from the seed, so only the feed's start counts); CSV with Accept: text/csv or format=csv.")
    @APIResponse(responseCode = "200", description = "One page of key programs; Link and X-Total-Count headers", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.ProgramPage.class)),
            @Content(mediaType = CsvResponses.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response list(@QueryParam("domain") String domain, @QueryParam("indicator") String indicator,
            @QueryParam("q") String q,
            @Parameter(description = "RFC 3339, inclusive: only programs changed at or after it")
            @QueryParam("updatedSince") OffsetDateTime updatedSince,
            @QueryParam("format") String format, @BeanParam @Valid PageParams paging,
            @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        Predicate<String> since = changed.keys(PublishedEntities.PROGRAM.type(), updatedSince);
        List<ProgramView> hits = plan.programs().stream().map(ProgramView::of).filter(p -> since.test(p.code()))
                .filter(p -> domain == null || p.domains().contains(domain))
                .filter(p -> indicator == null || p.indicatorCodes().contains(indicator))
                .filter(p -> q == null || VietnameseText.foldedContains(p.text().vi(), q)
                        || VietnameseText.foldedContains(p.text().en(), q))
                .toList();
        if (CsvResponses.wantsCsv(headers, format)) {
            return CsvResponses.csv(Csv.write(List.of("code", "position", "title_vi", "title_en", "text_vi", "text_en",
                    "domains", "indicator_codes"), hits.stream().map(p -> Arrays.<Object>asList(p.code(), p.position(),
                    p.title().vi(), p.title().en(), p.text().vi(), p.text().en(), String.join(" ", p.domains()),
                    String.join(" ", p.indicatorCodes()))).toList()), "programs.csv");
        }
        return PagedResponses.ok(Page.slice(hits, paging), uriInfo);
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getProgram", summary = "Get a key program",
            description = "One key program.")
    public ProgramView get(@PathParam("code") String code) {
        return plan.program(code).map(ProgramView::of)
                .orElseThrow(() -> ProblemException.of(ProblemType.HTTP, 404, "There is no program " + code + "."));
    }
}
