package vn.backan.congress.commons.rest.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.backan.congress.commons.rest.store.ChangeFeed;

/**
 * One page of a service's changes feed, in commit order, and the cursor to ask for the next
 * page with. {@code more} is false when this page reached the end of the feed as it stood; asking
 * again with {@code next} later gives what changed since.
 */
@Schema(name = "FeedPage", description = "Changes in commit order, and the cursor of the next page")
public record FeedPage(List<Change> items, String next, boolean more) {

    /**
     * One change: its place in commit order, when, which entity, how, and the entity as it is now
     * (item), or its tombstone when it is withdrawn now. The representation is the current one,
     * not the one the change left: a mirror that applies the changes in order ends equal to a full
     * download.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FeedChange")
    public record Change(long place, Instant at, String type, String key, ChangeFeed.Action action, Object item,
            Object tombstone) {
    }
}
