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
import vn.backan.congress.elections.api.BodyResource;
import vn.backan.congress.elections.api.CongressResource;
import vn.backan.congress.elections.api.PersonResource;
import vn.backan.congress.elections.api.PostResource;
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

    public static final String CONGRESS = "congress";
    public static final String BODY = "body";
    public static final String POST = "post";
    public static final String PERSON = "person";
    public static final String MEMBERSHIP = "membership";
    public static final String CONTEST = "contest";

    @Inject
    CongressQueries congress;

    @Inject
    ContestQueries contests;

    @Inject
    Roster roster;

    @Inject
    CongressResource congressReads;

    @Inject
    BodyResource bodyReads;

    @Inject
    PostResource postReads;

    @Inject
    PersonResource personReads;

    @Inject
    MembershipService memberships;

    @Inject
    ContestService contestService;

    @Inject
    ChangeFeed feed;

    void seed(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(() -> {
            List<ChangeFeed.Seed> existing = new ArrayList<>();
            existing.add(ChangeFeed.Seed.created(CONGRESS, congress.congress().code));
            congress.bodies().forEach(b -> existing.add(ChangeFeed.Seed.created(BODY, b.code)));
            congress.posts().forEach(p -> existing.add(ChangeFeed.Seed.created(POST, p.code)));
            Person.<Person>list("order by id").forEach(p -> existing.add(ChangeFeed.Seed.created(PERSON, p.id)));
            roster.allMemberships().forEach(m -> existing.add(ChangeFeed.Seed.created(MEMBERSHIP,
                    String.valueOf(m.id))));
            contests.all().forEach(c -> existing.add(ChangeFeed.Seed.created(CONTEST, c.code)));
            feed.seedIfEmpty(existing, Instant.now());
        });
    }

    @Override
    public Current current(String entityType, String key) {
        return Current.item(switch (entityType) {
            case CONGRESS -> congressReads.congress();
            case BODY -> bodyReads.get(key, null);
            case POST -> postReads.get(key, null);
            case PERSON -> personReads.get(key);
            case MEMBERSHIP -> memberships.view(memberships.find(Long.parseLong(key)));
            case CONTEST -> contestService.view(contestService.find(key));
            default -> throw new IllegalStateException("The feed names an entity type this service does not have: "
                    + entityType);
        });
    }
}
