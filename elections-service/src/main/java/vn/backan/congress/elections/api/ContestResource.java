package vn.backan.congress.elections.api;

import vn.backan.congress.commons.rest.web.JsonAnswers;
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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.backan.congress.commons.etag.ETags;
import vn.backan.congress.commons.rest.paging.Page;
import vn.backan.congress.commons.rest.paging.PageParams;
import vn.backan.congress.commons.rest.paging.PagedResponses;
import vn.backan.congress.commons.rest.security.Caller;
import vn.backan.congress.commons.rest.store.ChangeLog;
import vn.backan.congress.commons.rest.store.IdempotentRequests;
import vn.backan.congress.commons.web.RequestIds;
import vn.backan.congress.elections.domain.Contest;
import vn.backan.congress.elections.domain.Membership;
import vn.backan.congress.elections.domain.Person;
import vn.backan.congress.elections.store.ContestTallies;

/**
 * Contests: a body or post to fill, its rounds and their results, from recorded to announced to
 * approved. Reads are public; only the secretariat writes. Refusals by the election rules are 422s
 * whose {@code errors} name each rule: field "invariant", message "code: detail".
 */
@Path("/api/v1/contests")
public class ContestResource {

    /** What an approval answers: the approved contest and the memberships it created. */
    public record ContestApprovalView(ContestView contest, List<MembershipView> memberships) {
    }

    @Inject
    ContestWriter writer;

    @Inject
    ContestApproval approval;

    @Inject
    ContestTallies tallies;

    @Inject
    ChangeLog changeLog;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    JsonAnswers answers;

    @Inject
    SecurityIdentity identity;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Contests by election date, filtered by body and state; each with its rounds' current results")
    public Response list(@QueryParam("body") String body, @QueryParam("state") Contest.State state,
            @BeanParam @Valid PageParams paging, @Context UriInfo uriInfo) {
        List<ContestView> hits = Contest.<Contest>list("order by heldOn, code").stream()
                .filter(c -> body == null || c.organizationCode.equals(body))
                .filter(c -> state == null || c.state == state).map(this::view).toList();
        return PagedResponses.ok(Page.slice(hits, paging), uriInfo);
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One contest: candidates, each round's current result, the round to record next; the ETag (row version) is what writes send as If-Match")
    @APIResponse(responseCode = "200", description = "The contest; ETag is its row version", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContestView.class)))
    public Response get(@PathParam("code") String code) {
        Contest c = ContestWriter.find(code);
        return Response.ok(view(c)).header(HttpHeaders.ETAG, ETags.ofVersion(c.version)).build();
    }

    @POST
    @RolesAllowed("secretariat")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The secretariat creates a contest with its candidates (Idempotency-Key accepted): 409 when the code is taken; 422 for an unknown body, post or person, or a broken rule, each in errors as {field: \"invariant\", message: \"<code>: <detail>\"}, e.g. candidate-surplus-over-30-percent")
    @APIResponse(responseCode = "201", description = "The created contest; ETag is its row version", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContestView.class)))
    public Response create(@Valid @NotNull ContestInput input, @HeaderParam(IdempotentRequests.HEADER) String key,
            @Context HttpServerRequest request) {
        Caller caller = Caller.of(identity);
        return idempotent.once(caller.name(), key, "POST /api/v1/contests " + answers.json(input), () -> {
            Contest c = writer.create(input, caller.name());
            ContestView created = view(c);
            changeLog.record("contest", c.code, "CREATE", caller.name(), request.getHeader(RequestIds.HEADER), null,
                    created);
            return answers.created("/api/v1/contests/" + c.code, created, ETags.ofVersion(c.version));
        });
    }

    @POST
    @Path("/{code}/announcement")
    @RolesAllowed("secretariat")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The secretariat records the announcement, RECORDED → ANNOUNCED (If-Match: 428/412): 409 when not RECORDED; 422 while a seat is open or a tie pending, unless leaveSeatsOpen (the congress holds no further round)")
    @APIResponse(responseCode = "200", description = "The announced contest; ETag is its new version", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContestView.class)))
    public Response announce(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ContestAnnouncementInput input, @Context HttpServerRequest request) {
        Contest c = ContestWriter.findForUpdate(code);
        ContestView before = view(c);
        writer.announce(c, tallies.of(c), input != null && input.leavesSeatsOpen(), ifMatch);
        ContestView after = view(c);
        changeLog.record("contest", code, "ANNOUNCE", Caller.of(identity).name(), request.getHeader(RequestIds.HEADER),
                before, after);
        return answers.ok(after, ETags.ofVersion(c.version));
    }

    @POST
    @Path("/{code}/approval")
    @RolesAllowed("secretariat")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The secretariat records the higher committee's approval, ANNOUNCED → APPROVED (If-Match: 428/412): the elected get memberships from the decision date, new people are created; 409 when already approved or not announced")
    @APIResponse(responseCode = "200", description = "The approved contest and the memberships created; ETag is the contest's new version", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContestApprovalView.class)))
    public Response approve(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ContestApprovalInput input, @Context HttpServerRequest request) {
        Contest c = ContestWriter.findForUpdate(code);
        ContestView before = view(c);
        String actor = Caller.of(identity).name();
        String requestId = request.getHeader(RequestIds.HEADER);
        List<Membership> created = approval.approve(c, tallies.of(c), input, ifMatch, actor, requestId);
        ContestView after = view(c);
        changeLog.record("contest", code, "APPROVE", actor, requestId, before, Map.of("contest", after,
                "membershipIds", created.stream().map(m -> m.id).toList()));
        List<MembershipView> memberships = created.stream()
                .map(m -> MembershipView.of(m, Person.findById(m.personId))).toList();
        return answers.ok(new ContestApprovalView(after, memberships), ETags.ofVersion(c.version));
    }

    @GET
    @Path("/{code}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every write to a contest (creation, minutes and corrections, announcement, approval): who, when, under which request, before and after")
    public List<ChangeLog.Entry> history(@PathParam("code") String code) {
        ContestWriter.find(code);
        return changeLog.of("contest", code);
    }

    private ContestView view(Contest c) {
        return ContestView.of(c, tallies.of(c));
    }
}
