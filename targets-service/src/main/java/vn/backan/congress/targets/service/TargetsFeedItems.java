package vn.backan.congress.targets.service;

import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.backan.congress.commons.rest.store.ChangeFeed;
import vn.backan.congress.targets.store.Catalogue;
import vn.backan.congress.commons.rest.feed.FeedItems;
import vn.backan.congress.targets.domain.Observation;
import vn.backan.congress.targets.store.ObservationQueries;

/** What targets-service's feed shows for a figure or an indicator: as it is now. */
@ApplicationScoped
public class TargetsFeedItems implements FeedItems {

    @Inject
    ObservationQueries observations;

    @Inject
    IndicatorService indicators;

    @Inject
    Catalogue catalogue;

    @Inject
    ChangeFeed feed;

    /**
     * At start, a feed that has never recorded anything is given what the service already holds:
     * the indicators (seeded by migration), then every figure (as created, or withdrawn).
     */
    void seed(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(() -> {
            List<ChangeFeed.Seed> existing = new ArrayList<>();
            catalogue.indicators().forEach(i -> existing.add(ChangeFeed.Seed.created(PublishedEntities.INDICATOR.type(), i.code)));
            Observation.<Observation>list("order by id").forEach(o -> existing.add(new ChangeFeed.Seed(
                    PublishedEntities.FIGURE.type(), String.valueOf(o.id), o.state == Observation.State.WITHDRAWN
                            ? ChangeFeed.Action.WITHDRAWN : ChangeFeed.Action.CREATED)));
            feed.seedIfEmpty(existing, Instant.now());
        });
    }

    @Override
    public Current current(String entityType, String key) {
        if (entityType.equals(PublishedEntities.FIGURE.type())) {
            Observation o = observations.byId(Long.parseLong(key)).orElseThrow();
            return o.state == Observation.State.WITHDRAWN ? Current.tombstone(ObservationView.Tombstone.of(o))
                    : Current.item(ObservationView.of(o));
        }
        if (entityType.equals(PublishedEntities.INDICATOR.type())) {
            return Current.item(IndicatorView.of(indicators.find(key)));
        }
        throw new IllegalStateException("The feed names an entity type this service does not have: " + entityType);
    }
}
