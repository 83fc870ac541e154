package vn.backan.congress.elections.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.backan.congress.commons.rest.feed.FeedItems;
import vn.backan.congress.commons.rest.store.ChangeFeed;
import vn.backan.congress.elections.domain.Person;
import vn.backan.congress.elections.store.CongressQueries;
import vn.backan.congress.elections.store.ContestQueries;
import vn.backan.congress.elections.store.Roster;

/**
 * What elections-service's feed shows for each kind of entity: what its GET serves now (bodies and
 * posts as served without asOf). For a feed that has never recorded anything, what the service
 * already holds: the congress, its bodies and posts, the people, the memberships, the contests.
 */
@ApplicationScoped
public class ElectionsFeedItems implements FeedItems {

    @Inject
    CongressQueries congress;

    @Inject
    ContestQueries contests;

    @Inject
    Roster roster;

    @Inject
    CongressViews views;

    @Inject
    MembershipService memberships;

    @Inject
    ContestService contestService;

    @Inject
    ChangeFeed feed;

    void seed(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(() -> {
            List<ChangeFeed.Seed> existing = new ArrayList<>();
            existing.add(ChangeFeed.Seed.created(PublishedEntities.CONGRESS.type(), congress.congress().code));
            congress.bodies().forEach(b -> existing.add(ChangeFeed.Seed.created(PublishedEntities.BODY.type(), b.code)));
            congress.posts().forEach(p -> existing.add(ChangeFeed.Seed.created(PublishedEntities.POST.type(), p.code)));
            Person.<Person>list("order by id").forEach(p -> existing.add(ChangeFeed.Seed.created(PublishedEntities.PERSON.type(), p.id)));
            roster.allMemberships().forEach(m -> existing.add(ChangeFeed.Seed.created(PublishedEntities.MEMBERSHIP.type(),
                    String.valueOf(m.id))));
            contests.all().forEach(c -> existing.add(ChangeFeed.Seed.created(PublishedEntities.CONTEST.type(), c.code)));
            feed.seedIfEmpty(existing, Instant.now());
        });
    }

    @Override
    public Current current(String entityType, String key) {
        return Current.item(switch (PublishedEntities.ofType(entityType)) {
            case CONGRESS -> views.congress();
            case BODY -> views.body(views.findBody(key), null);
            case POST -> views.post(views.findPost(key), null);
            case PERSON -> views.person(views.findPerson(key));
            case MEMBERSHIP -> memberships.view(memberships.find(Long.parseLong(key)));
            case CONTEST -> contestService.view(contestService.find(key));
        });
    }
}
