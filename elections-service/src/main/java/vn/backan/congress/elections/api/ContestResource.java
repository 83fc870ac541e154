package vn.backan.congress.elections.api;

import vn.backan.congress.commons.rest.web.WriteAnswers;

import vn.backan.congress.elections.service.ContestView;

import vn.backan.congress.elections.service.ContestInput;

import vn.backan.congress.elections.service.ContestApprovalView;

import vn.backan.congress.elections.service.ContestApprovalInput;

import vn.backan.congress.commons.rest.cache.CachedRead;
import vn.backan.congress.elections.service.Datasets;
import vn.backan.congress.commons.etag.Preconditions;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.backan.congress.commons.rest.csv.CsvResponses;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.backan.congress.commons.rest.paging.Page;
import vn.backan.congress.commons.rest.paging.PageParams;
import vn.backan.congress.commons.rest.paging.PagedResponses;
import vn.backan.congress.commons.rest.store.ChangeLog;
import vn.backan.congress.commons.rest.store.IdempotentRequests;
import vn.backan.congress.elections.domain.Contest;
import vn.backan.congress.elections.service.ContestService;
import vn.backan.congress.elections.store.ContestQueries;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Contests: a body or post to fill, its rounds and their results, from recorded to announced to
 * approved. Reads are public; only the secretariat writes. Refusals by the election rules are 422s
 * whose {@code errors} name each rule: field "invariant", message "code: detail".
 */
@Tag(name = "Contests", description = "Contests, their rounds and results, from recorded to announced to approved.")
@CachedRead(Datasets.CONTESTS)
@Path("/api/v1/contests")
public class ContestResource {

    @Inject
    WriteAnswers answers;

    @Inject
    ContestService service;

    @Inject
    ContestQueries contests;

    @Inject
    UpdatedSince changed;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvResponses.TEXT_CSV})
    @Operation(operationId = "listContests", summary = "List contests",
            description = "Contests by election date, filtered by body and state; each with its rounds' current results."
                    + " updatedSince (RFC 3339, inclusive) keeps the contests created or changed (minutes,"
                    + " announcement, approval) at or after it. CSV (Accept: text/csv or format=csv): one row per"
                    + " contest; its results are in /api/v1/contest-results.")
    @APIResponse(responseCode = "200", description = "One page of contests; Link and X-Total-Count headers", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.ContestPage.class)),
            @Content(mediaType = CsvResponses.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response list(@QueryParam("body") String body, @QueryParam("state") Contest.State state,
            @Parameter(description = "RFC 3339, inclusive: only contests changed at or after it")
            @QueryParam("updatedSince") OffsetDateTime updatedSince, @QueryParam("format") String format,
            @BeanParam @Valid PageParams paging, @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        Predicate<String> since = changed.keys(PublishedEntities.CONTEST.type(), updatedSince);
        List<ContestView> hits = contests.all().stream().filter(c -> since.test(c.code))
                .filter(c -> body == null || c.organizationCode.equals(body))
                .filter(c -> state == null || c.state == state).map(service::view).toList();
        if (CsvResponses.wantsCsv(headers, format)) {
            return CsvResponses.csv(ContestCsv.of(hits), "contests.csv");
        }
        return PagedResponses.ok(Page.slice(hits, paging), uriInfo);
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getContest", summary = "Get a contest",
            description = "One contest: candidates, each round's current result, the round to record next; the ETag is what writes send as If-Match.")
    public ContestView get(@PathParam("code") String code) {
        return service.view(service.find(code));
    }

    @POST
    @RolesAllowed("secretariat")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createContest", summary = "Create a contest",
            description = "The secretariat creates a contest with its candidates (Idempotency-Key accepted): 409 when the code is taken; 422 for an unknown body, post or person, or a broken rule, each in errors as {field: \"invariant\", message: \"<code>: <detail>\"}, e.g. candidate-surplus-over-30-percent.")
    @APIResponse(responseCode = "201", description = "The created contest; its ETag is what the next write sends as If-Match", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContestView.class)))
    public Response create(@Valid @NotNull ContestInput input, @HeaderParam(IdempotentRequests.HEADER) String key) {
        return answers.once(key, "POST /api/v1/contests " + answers.json(input), () -> {
            ContestView created = service.create(input);
            return answers.created("/api/v1/contests/" + created.code(), created);
        });
    }

    @POST
    @Path("/{code}/announcement")
    @RolesAllowed("secretariat")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "announceContest", summary = "Announce a contest's result",
            description = "The secretariat records the announcement, RECORDED → ANNOUNCED (If-Match: 428/412): 409 when not RECORDED; 422 while a seat is open or a tie pending, unless leaveSeatsOpen (the congress holds no further round)")
    @APIResponse(responseCode = "200", description = "The announced contest, with its new ETag", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContestView.class)))
    public Response announce(@PathParam("code") String code, @Parameter(required = true, description = Preconditions.IF_MATCH_DESCRIPTION)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ContestAnnouncementInput input) {
        return answers.changed(service.announce(code, ifMatch, input != null && input.leavesSeatsOpen()));
    }

    @POST
    @Path("/{code}/approval")
    @RolesAllowed("secretariat")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "approveContest", summary = "Record the approval of a contest",
            description = "The secretariat records the higher committee's approval, ANNOUNCED → APPROVED (If-Match: 428/412): the elected get memberships from the decision date, new people are created; 409 when already approved or not announced.")
    @APIResponse(responseCode = "200", description = "The approved contest and the memberships created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContestApprovalView.class)))
    public Response approve(@PathParam("code") String code, @Parameter(required = true, description = Preconditions.IF_MATCH_DESCRIPTION)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ContestApprovalInput input) {
        return answers.changed(service.approve(code, ifMatch, input));
    }

    @GET
    @Path("/{code}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getContestHistory", summary = "Get a contest's change history",
            description = "Every write to a contest (creation, minutes and corrections, announcement, approval): who, when, under which request, before and after.")
    public List<ChangeLog.Entry> history(@PathParam("code") String code) {
        return service.history(code);
    }
}
