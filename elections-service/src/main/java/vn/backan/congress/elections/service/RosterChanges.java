package vn.backan.congress.elections.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.backan.congress.commons.rest.store.ChangeFeed;
import vn.backan.congress.commons.rest.write.Writes;
import vn.backan.congress.elections.domain.Membership;
import vn.backan.congress.elections.store.CongressQueries;

/**
 * Memberships show in more than their own views: a person lists theirs, a body counts its members,
 * a post lists its holders, the congress names its leaders. A write that creates or ends
 * memberships lists all of those in the changes feed, in its own transaction.
 */
@ApplicationScoped
class RosterChanges {

    @Inject
    Writes writes;

    @Inject
    CongressQueries congress;

    /** {@code newPeople}: the people this write created for these memberships, listed as created. */
    void feed(List<Membership> changed, ChangeFeed.Action action, Set<String> newPeople) {
        writes.feed(ElectionsFeedItems.PERSON, newPeople.stream().sorted().toList(), ChangeFeed.Action.CREATED);
        writes.feed(ElectionsFeedItems.MEMBERSHIP, changed.stream().map(m -> String.valueOf(m.id)).toList(), action);
        writes.feed(ElectionsFeedItems.PERSON, changed.stream().map(m -> m.personId)
                .filter(id -> !newPeople.contains(id)).distinct().toList(), ChangeFeed.Action.UPDATED);
        writes.feed(ElectionsFeedItems.BODY, changed.stream().map(m -> m.organizationCode).distinct().toList(),
                ChangeFeed.Action.UPDATED);
        writes.feed(ElectionsFeedItems.POST, changed.stream().map(m -> m.postCode).filter(Objects::nonNull)
                .distinct().toList(), ChangeFeed.Action.UPDATED);
        writes.feed(ElectionsFeedItems.CONGRESS, List.of(congress.congress().code), ChangeFeed.Action.UPDATED);
    }
}
