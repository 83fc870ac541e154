package vn.backan.congress.programs.api;

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
import vn.backan.congress.programs.service.ProgramsFeedItems;

/** programs-service's changes feed, for mirrors: the plan's every change, in commit order. */
@Tag(name = "Feeds", description = "Changes in commit order, for mirrors and offline copies.")
@Path("/api/v1/feeds/programs")
public class FeedResource {

    @Inject
    FeedReads feed;

    @Inject
    ProgramsFeedItems items;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getProgramsFeed", summary = "Follow programs-service's changes",
            description = "Changes in commit order: tasks, solutions, their updates and the declared counts, created or"
                    + " updated (a solution whose task or latest update changed is listed again; so is a task that"
                    + " gained a solution), each as it is now. The feed starts with the programs and everything"
                    + " already recorded. Start without a cursor; ask again with next. A cursor this feed never gave"
                    + " is a 400; one beyond its end (the data was restored since) is a 410: take a full download and"
                    + " start again.")
    public FeedPage changes(
            @Parameter(description = "The next of the previous page; leave it out to start from the beginning")
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(FeedReads.MAX_LIMIT) int limit) {
        return feed.page(cursor, limit, items);
    }
}
