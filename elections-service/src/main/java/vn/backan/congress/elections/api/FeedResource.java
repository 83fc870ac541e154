package vn.backan.congress.elections.api;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.backan.congress.commons.rest.feed.FeedPage;
import vn.backan.congress.commons.rest.feed.FeedReads;
import vn.backan.congress.elections.service.ElectionsFeedItems;

/** elections-service's changes feed, for mirrors: every change to the congress's record, in commit order. */
@Tag(name = "Feeds", description = "Changes in commit order, for mirrors and offline copies.")
@Path("/api/v1/feeds/elections")
public class FeedResource {

    @Inject
    FeedReads feed;

    @Inject
    ElectionsFeedItems items;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getElectionsFeed", summary = "Follow elections-service's changes",
            description = "Changes in commit order: contests (created, their minutes recorded or corrected,"
                    + " announced, approved), memberships (created by an approval, or ended), and what shows them,"
                    + " each as it is now: a person lists their memberships, a body counts its members, a post lists"
                    + " its holders, the congress names its leaders (bodies and posts as served without asOf). The"
                    + " feed starts with the congress, its bodies, posts, people, memberships and contests. Start"
                    + " without a cursor; ask again with next. A cursor this feed never gave is a 400; one beyond its"
                    + " end (the data was restored since) is a 410: take a full download and start again.")
    public FeedPage changes(
            @Parameter(description = "The next of the previous page; leave it out to start from the beginning")
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(FeedReads.MAX_LIMIT) int limit) {
        return feed.page(cursor, limit, items);
    }
}
