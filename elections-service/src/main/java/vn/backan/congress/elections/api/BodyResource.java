package vn.backan.congress.elections.api;

import vn.backan.congress.elections.service.MembershipView;

import vn.backan.congress.commons.rest.cache.CachedRead;
import vn.backan.congress.elections.service.BodyView;
import vn.backan.congress.elections.service.CongressViews;
import vn.backan.congress.elections.service.Datasets;
import vn.backan.congress.commons.rest.paging.PagedResponses;
import vn.backan.congress.commons.rest.paging.PageParams;
import vn.backan.congress.commons.rest.paging.Page;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.BeanParam;
import jakarta.validation.Valid;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import vn.backan.congress.elections.service.PublishedEntities;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.backan.congress.commons.rest.feed.UpdatedSince;
import java.time.OffsetDateTime;
import java.util.function.Predicate;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.backan.congress.commons.rest.csv.CsvResponses;
import vn.backan.congress.elections.domain.Organization;
import vn.backan.congress.elections.domain.Person;
import vn.backan.congress.elections.store.CongressQueries;
import vn.backan.congress.elections.store.Roster;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The bodies the congress elected (Popolo organizations), their seats and who sat on them. */
@Tag(name = "Bodies", description = "The bodies the congress elected, their seats, and who sat on them on a given day.")
@CachedRead(Datasets.CONGRESS)
@Path("/api/v1/bodies")
public class BodyResource {

    @Inject
    Roster roster;

    @Inject
    CongressViews views;

    @Inject
    UpdatedSince changed;

    @Inject
    CongressQueries congress;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listBodies", summary = "List bodies",
            description = "Every body, the province's Party organisation first; members are counted on asOf (default: the body's founding day). updatedSince (RFC 3339, inclusive) keeps the bodies whose members changed at or after it.")
    @APIResponse(responseCode = "200", description = "One page of bodies; Link and X-Total-Count headers", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.BodyPage.class)))
    public Response list(@QueryParam("asOf") LocalDate asOf,
            @Parameter(description = "RFC 3339, inclusive: only bodies changed at or after it")
            @QueryParam("updatedSince") OffsetDateTime updatedSince,
            @BeanParam @Valid PageParams paging, @Context UriInfo uriInfo) {
        Predicate<String> since = changed.keys(PublishedEntities.BODY.type(), updatedSince);
        List<BodyView> all = congress.bodies().stream().filter(o -> since.test(o.code))
                .sorted(java.util.Comparator.comparing((Organization o) -> o.parentCode != null)).map(o -> views.body(o, asOf))
                .toList();
        return PagedResponses.ok(Page.slice(all, paging), uriInfo);
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getBody", summary = "Get a body",
            description = "One body.")
    public BodyView get(@PathParam("code") String code, @QueryParam("asOf") LocalDate asOf) {
        return views.body(views.findBody(code), asOf);
    }

    @GET
    @Path("/{code}/members")
    @Produces({MediaType.APPLICATION_JSON, CsvResponses.TEXT_CSV})
    @Operation(operationId = "listBodyMembers", summary = "List a body's members",
            description = "Who sat on a body on asOf (all memberships, past ones too, without it), by given name as Vietnamese lists are; CSV available.")
    @APIResponse(responseCode = "200", description = "The memberships, as an array", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = MembershipView.class)),
            @Content(mediaType = CsvResponses.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response members(@PathParam("code") String code, @QueryParam("asOf") LocalDate asOf,
            @QueryParam("format") String format, @Context HttpHeaders headers) {
        views.findBody(code);
        Map<String, Person> people = roster.people();
        List<MembershipView> members = roster.memberships(new Roster.Filter(code, null, null, asOf)).stream()
                .map(m -> MembershipView.of(m, people.get(m.personId))).toList();
        if (CsvResponses.wantsCsv(headers, format)) {
            return CsvResponses.csv(MembershipCsv.of(members), code + "-members.csv");
        }
        return Response.ok(members).build();
    }
}
