package vn.backan.congress.commons.rest.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.function.Predicate;
import vn.backan.congress.commons.rest.store.ChangeFeed;

/**
 * {@code updatedSince} for lists whose entities carry no time of their own: the changes feed says
 * when each last changed. Inclusive, as everywhere in this API: a change at {@code since} counts.
 */
@ApplicationScoped
public class UpdatedSince {

    @Inject
    ChangeFeed feed;

    /** Every key when {@code since} is null; otherwise the keys of {@code entityType} changed at or after it. */
    public Predicate<String> keys(String entityType, OffsetDateTime since) {
        if (since == null) {
            return key -> true;
        }
        Set<String> changed = feed.changedSince(entityType, since.toInstant());
        return changed::contains;
    }
}
