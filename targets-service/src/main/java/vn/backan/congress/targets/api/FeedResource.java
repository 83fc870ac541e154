package vn.backan.congress.targets.api;

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
import vn.backan.congress.targets.service.TargetsFeedItems;

/**
 * targets-service's changes feed, for mirrors: every figure created, changed, approved or
 * withdrawn, and every indicator corrected, in commit order. Not a cached read: a mirror asks
 * with its cursor, and each answer is what has committed by then.
 */
@Tag(name = "Feeds", description = "Changes in commit order, for mirrors and offline copies.")
@Path("/api/v1/feeds/targets")
public class FeedResource {

    @Inject
    FeedReads feed;

    @Inject
    TargetsFeedItems items;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getTargetsFeed", summary = "Follow targets-service's changes",
            description = "Changes in commit order: figures (type observation) created, updated (approval included) and"
                    + " withdrawn, and indicators (type indicator) corrected, each with the entity as it is now, or a"
                    + " tombstone when it is withdrawn now. Start without a cursor; ask again with next. Applying"
                    + " the changes in order to an empty copy gives what a full download gives. A cursor this feed"
                    + " never gave is a 400; one beyond its end (the data was restored since) is a 410: take a full"
                    + " download and start again. Nothing is ever removed from the feed.")
    public FeedPage changes(
            @Parameter(description = "The next of the previous page; leave it out to start from the beginning")
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(FeedReads.MAX_LIMIT) int limit) {
        return feed.page(cursor, limit, items);
    }
}
