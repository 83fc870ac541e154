package vn.backan.congress.commons.rest.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import vn.backan.congress.commons.problem.Problem;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.problem.Problems;
import vn.backan.congress.commons.rest.store.ChangeFeed;

/**
 * Reads a service's changes feed a page at a time. The cursor is opaque to clients (base64url of
 * the last place read); a cursor this feed never gave is a 400 naming the parameter, and a cursor
 * beyond the feed's end means the database was restored or reset since: a 410 telling the client
 * to take a full download. The feed keeps every change, so no cursor it gave ever expires.
 */
@ApplicationScoped
public class FeedReads {

    public static final int MAX_LIMIT = 1000;
    private static final String PREFIX = "place:";

    @Inject
    ChangeFeed feed;

    public FeedPage page(String cursor, int limit, FeedItems items) {
        long after = cursor == null || cursor.isBlank() ? 0 : decode(cursor.trim());
        if (after > feed.last()) {
            throw ProblemException.of(ProblemType.HTTP, 410, "This feed has no place " + after + ": the data was"
                    + " restored or reset since that cursor was given. Take a full download and follow the feed"
                    + " from its start again.");
        }
        List<ChangeFeed.Entry> entries = feed.after(after, limit + 1);
        boolean more = entries.size() > limit;
        List<ChangeFeed.Entry> shown = more ? entries.subList(0, limit) : entries;
        long last = shown.isEmpty() ? after : shown.get(shown.size() - 1).place();
        return new FeedPage(shown.stream().map(e -> change(e, items)).toList(), encode(last), more);
    }

    private static FeedPage.Change change(ChangeFeed.Entry e, FeedItems items) {
        FeedItems.Current now = items.current(e.entityType(), e.entityKey());
        return new FeedPage.Change(e.place(), e.at(), e.entityType(), e.entityKey(), e.action(), now.item(),
                now.tombstone());
    }

    static String encode(long place) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + place).getBytes(StandardCharsets.UTF_8));
    }

    static long decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX) && text.substring(PREFIX.length()).matches("[0-9]{1,18}")) {
                return Long.parseLong(text.substring(PREFIX.length()));
            }
        } catch (IllegalArgumentException e) {
            // not base64url: reported below like any other cursor this feed never gave
        }
        throw new ProblemException(Problems.validation("cursor " + cursor + " is not one this feed gave; use the"
                + " next of a page, or leave it out to start from the beginning.",
                List.of(new Problem.FieldError("cursor", "not a cursor of this feed"))));
    }
}
