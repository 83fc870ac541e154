package vn.backan.congress.elections.api;

import vn.backan.congress.commons.rest.web.WriteAnswers;

import vn.backan.congress.elections.service.MembershipEnd;

import vn.backan.congress.elections.service.MembershipView;

import vn.backan.congress.commons.rest.cache.CachedRead;
import vn.backan.congress.elections.service.Datasets;
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
import jakarta.ws.rs.GET;
import vn.backan.congress.elections.service.PublishedEntities;
import vn.backan.congress.commons.rest.feed.UpdatedSince;
import java.time.OffsetDateTime;
import java.util.function.Predicate;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.backan.congress.commons.rest.csv.CsvResponses;
import vn.backan.congress.commons.rest.paging.Page;
import vn.backan.congress.commons.rest.paging.PageParams;
import vn.backan.congress.commons.rest.paging.PagedResponses;
import vn.backan.congress.commons.rest.store.ChangeLog;
import vn.backan.congress.elections.domain.Person;
import vn.backan.congress.elections.service.MembershipService;
import vn.backan.congress.elections.store.Roster;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Memberships: who sat on which body, in which post, from when to when. */
@Tag(name = "Memberships", description = "Who sat on which body, in which post, from when to when.")
@CachedRead(Datasets.CONGRESS)
@Path("/api/v1/memberships")
public class MembershipResource {

    @Inject
    WriteAnswers answers;

    @Inject
    Roster roster;

    @Inject
    MembershipService service;

    @Inject
    UpdatedSince changed;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvResponses.TEXT_CSV})
    @Operation(operationId = "listMemberships", summary = "List memberships",
            description = "Memberships filtered by body, person, post and asOf (who sat that day), by given name; CSV available. updatedSince (RFC 3339, inclusive) keeps the memberships created or ended at or after it.")
    @APIResponse(responseCode = "200", description = "One page of memberships; Link and X-Total-Count headers", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.MembershipPage.class)),
            @Content(mediaType = CsvResponses.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response list(@QueryParam("body") String body, @QueryParam("person") String person,
            @QueryParam("post") String post, @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = "RFC 3339, inclusive: only memberships changed at or after it")
            @QueryParam("updatedSince") OffsetDateTime updatedSince,
            @QueryParam("format") String format,
            @BeanParam @Valid PageParams paging, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        Map<String, Person> people = roster.people();
        Predicate<String> since = changed.keys(PublishedEntities.MEMBERSHIP.type(), updatedSince);
        List<MembershipView> hits = roster.memberships(new Roster.Filter(body, person, post, asOf)).stream()
                .filter(m -> since.test(String.valueOf(m.id)))
                .map(m -> MembershipView.of(m, people.get(m.personId))).toList();
        if (CsvResponses.wantsCsv(headers, format)) {
            return CsvResponses.csv(MembershipCsv.of(hits), "memberships.csv");
        }
        return PagedResponses.ok(Page.slice(hits, paging), uriInfo);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getMembership", summary = "Get a membership",
            description = "One membership; the ETag is what PATCH needs.")
    public MembershipView get(@PathParam("id") @Min(1) @Max(Long.MAX_VALUE) long id) {
        return service.view(service.find(id));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed("secretariat")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "endMembership", summary = "End a membership",
            description = "The secretariat records how a membership ended (If-Match required); the old values stay in the change log.")
    @APIResponse(responseCode = "200", description = "The ended membership, with its new ETag", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MembershipView.class)))
    public Response end(@PathParam("id") @Min(1) @Max(Long.MAX_VALUE) long id, @Parameter(required = true, description = Preconditions.IF_MATCH_DESCRIPTION)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MembershipEnd end) {
        return answers.changed(service.end(id, ifMatch, end));
    }

    @GET
    @Path("/{id}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getMembershipHistory", summary = "Get a membership's change history",
            description = "Every change of a membership: who, when, why, before and after.")
    public List<ChangeLog.Entry> history(@PathParam("id") @Min(1) @Max(Long.MAX_VALUE) long id) {
        return service.history(id);
    }
}
