package vn.backan.congress.targets.api;

import jakarta.validation.Valid;
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

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvResponses.TEXT_CSV})
    @Operation(summary = "List indicators, filtered by domain, kind, parent or text (q folds accents: 'rung' finds 'rừng'); CSV with Accept: text/csv or format=csv")
    public Response list(@QueryParam("domain") Domain domain, @QueryParam("kind") TargetKind kind,
            @QueryParam("parent") String parent, @QueryParam("q") String q, @QueryParam("format") String format,
            @BeanParam @Valid PageParams paging, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        List<IndicatorView> hits = catalogue.indicators().stream()
                .map(IndicatorView::of)
                .filter(new IndicatorFilter(domain, kind, parent, q))
                .toList();
        if (CsvResponses.wantsCsv(headers, format)) {
            return CsvResponses.csv(IndicatorCsv.of(hits), "indicators.csv");
        }
        return PagedResponses.ok(Page.slice(hits, paging), uriInfo);
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One indicator with its target and the sentence of the resolution it comes from")
    public IndicatorView get(@PathParam("code") String code) {
        return catalogue.indicator(code).map(IndicatorView::of)
                .orElseThrow(() -> ProblemException.of(ProblemType.HTTP, 404, "There is no indicator " + code + "."));
    }
}
