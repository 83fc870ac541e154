package vn.backan.congress.elections.api;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import vn.backan.congress.commons.etag.ETags;
import vn.backan.congress.commons.etag.Preconditions;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.rest.csv.CsvResponses;
import vn.backan.congress.commons.rest.paging.Page;
import vn.backan.congress.commons.rest.paging.PageParams;
import vn.backan.congress.commons.rest.paging.PagedResponses;
import vn.backan.congress.commons.rest.security.Caller;
import vn.backan.congress.commons.rest.store.ChangeLog;
import vn.backan.congress.commons.web.RequestIds;
import vn.backan.congress.elections.domain.Membership;
import vn.backan.congress.elections.domain.Person;
import vn.backan.congress.elections.store.Roster;

/** Memberships: who sat on which body, in which post, from when to when. */
@Path("/api/v1/memberships")
public class MembershipResource {

    @Inject
    Roster roster;

    @Inject
    ChangeLog changeLog;

    @Inject
    SecurityIdentity identity;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvResponses.TEXT_CSV})
    @Operation(summary = "Memberships filtered by body, person, post and asOf (who sat that day), by given name; CSV available")
    public Response list(@QueryParam("body") String body, @QueryParam("person") String person,
            @QueryParam("post") String post, @QueryParam("asOf") LocalDate asOf, @QueryParam("format") String format,
            @BeanParam @Valid PageParams paging, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        Map<String, Person> people = roster.people();
        List<MembershipView> hits = roster.memberships(new Roster.Filter(body, person, post, asOf)).stream()
                .map(m -> MembershipView.of(m, people.get(m.personId))).toList();
        if (CsvResponses.wantsCsv(headers, format)) {
            return CsvResponses.csv(MembershipCsv.of(hits), "memberships.csv");
        }
        return PagedResponses.ok(Page.slice(hits, paging), uriInfo);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One membership; the ETag is what PATCH needs")
    public Response get(@PathParam("id") long id) {
        Membership m = find(id);
        return Response.ok(MembershipView.of(m, Person.findById(m.personId)))
                .header(HttpHeaders.ETAG, ETags.ofVersion(m.version)).build();
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed("secretariat")
    @Transactional
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The secretariat records how a membership ended (If-Match required); the old values stay in the change log")
    public Response end(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MembershipEnd end, @Context HttpServerRequest request) {
        Membership m = find(id);
        Preconditions.requireIfMatch(ifMatch, ETags.ofVersion(m.version));
        if (end.endDate().isBefore(m.startDate)) {
            throw ProblemException.of(ProblemType.UNPROCESSABLE, 422, "endDate " + end.endDate()
                    + " is before the membership started (" + m.startDate + ").");
        }
        Person person = Person.findById(m.personId);
        MembershipView before = MembershipView.of(m, person);
        m.endDate = end.endDate();
        m.endReason = end.endReason();
        m.endNote = end.endNote();
        Membership.flush();
        MembershipView after = MembershipView.of(m, person);
        changeLog.record("membership", String.valueOf(id), "END", Caller.of(identity).name(),
                request.getHeader(RequestIds.HEADER), Map.of("membership", before, "reason", end.reason()), after);
        return Response.ok(after).header(HttpHeaders.ETAG, ETags.ofVersion(m.version)).build();
    }

    @GET
    @Path("/{id}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every change of a membership: who, when, why, before and after")
    public List<ChangeLog.Entry> history(@PathParam("id") long id) {
        find(id);
        return changeLog.of("membership", String.valueOf(id));
    }

    private static Membership find(long id) {
        return Membership.<Membership>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.of(ProblemType.HTTP, 404, "There is no membership " + id + "."));
    }
}
