package vn.backan.congress.elections.service;

import java.util.ArrayList;
import java.util.SortedMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import vn.backan.congress.commons.rest.write.Change;
import vn.backan.congress.commons.rest.store.ChangeFeed;
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
    CongressQueries congress;

    /**
     * The changes of a write that creates or ends memberships: the people it created ({@code newPeople},
     * id to name), the memberships' own changes as given, then every view that lists them.
     */
    List<Change> of(List<Change> memberships, List<Membership> changed, SortedMap<String, String> newPeople) {
        List<Change> all = new ArrayList<>();
        newPeople.forEach((id, name) -> all.add(Change.created(PublishedEntities.PERSON, id, name)));
        all.addAll(memberships);
        changed.stream().map(m -> m.personId).filter(id -> !newPeople.containsKey(id)).distinct()
                .forEach(id -> all.add(listing(PublishedEntities.PERSON, id)));
        changed.stream().map(m -> m.organizationCode).distinct()
                .forEach(code -> all.add(listing(PublishedEntities.BODY, code)));
        changed.stream().map(m -> m.postCode).filter(Objects::nonNull).distinct()
                .forEach(code -> all.add(listing(PublishedEntities.POST, code)));
        all.add(listing(PublishedEntities.CONGRESS, congress.congress().code));
        return all;
    }

    private static Change listing(PublishedEntities kind, String key) {
        return Change.unlogged(kind, key, ChangeFeed.Action.UPDATED);
    }
}
