package vn.backan.congress.targets.api;

import vn.backan.congress.commons.rest.cache.CachedRead;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.inject.Inject;
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
import java.time.LocalDate;
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
import vn.backan.congress.commons.text.LocalizedText;
import vn.backan.congress.targets.domain.OrgUnit;
import vn.backan.congress.targets.store.Catalogue;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The province and its eight district-level units, which report figures. */
@Tag(name = "Org units", description = "The province and its eight district-level units, which report figures.")
@CachedRead
@Path("/api/v1/org-units")
public class OrgUnitResource {

    /** An org unit: its official administrative code, level, parent and the last day it existed. */
    public record OrgUnitView(String code, String level, String parentCode, LocalizedText name, LocalDate validTo) {
        static OrgUnitView of(OrgUnit u) {
            return new OrgUnitView(u.code, u.level, u.parentCode, LocalizedText.of(u.nameVi, u.nameEn), u.validTo);
        }
    }

    @Inject
    Catalogue catalogue;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvResponses.TEXT_CSV})
    @Operation(operationId = "listOrgUnits", summary = "List org units",
            description = "The province and its district-level units, by administrative code.")
    @APIResponse(responseCode = "200", description = "One page of org units; Link and X-Total-Count headers", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.OrgUnitPage.class)),
            @Content(mediaType = CsvResponses.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response list(@QueryParam("format") String format, @BeanParam @Valid PageParams paging,
            @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        List<OrgUnitView> units = catalogue.orgUnits().stream().map(OrgUnitView::of).toList();
        if (CsvResponses.wantsCsv(headers, format)) {
            return CsvResponses.csv(Csv.write(List.of("code", "level", "parent_code", "name_vi", "name_en", "valid_to"),
                    units.stream().map(u -> Arrays.<Object>asList(u.code(), u.level(), u.parentCode(), u.name().vi(),
                            u.name().en(), u.validTo())).toList()), "org-units.csv");
        }
        return PagedResponses.ok(Page.slice(units, paging), uriInfo);
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getOrgUnit", summary = "Get an org unit",
            description = "One org unit.")
    public OrgUnitView get(@PathParam("code") String code) {
        return catalogue.orgUnit(code).map(OrgUnitView::of)
                .orElseThrow(() -> ProblemException.of(ProblemType.HTTP, 404, "There is no org unit " + code + "."));
    }
}
