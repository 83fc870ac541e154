package vn.backan.congress.targets.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.backan.congress.commons.rest.feed.FeedItems;
import vn.backan.congress.targets.api.IndicatorView;
import vn.backan.congress.targets.api.ObservationView;
import vn.backan.congress.targets.domain.Observation;
import vn.backan.congress.targets.store.ObservationQueries;

/** What targets-service's feed shows for a figure or an indicator: as it is now. */
@ApplicationScoped
public class TargetsFeedItems implements FeedItems {

    public static final String INDICATOR = "indicator";

    @Inject
    ObservationQueries observations;

    @Inject
    IndicatorService indicators;

    @Override
    public Current current(String entityType, String key) {
        if (entityType.equals(ObservationService.FEED_TYPE)) {
            Observation o = observations.byId(Long.parseLong(key)).orElseThrow();
            return o.state == Observation.State.WITHDRAWN ? Current.tombstone(ObservationView.Tombstone.of(o))
                    : Current.item(ObservationView.of(o));
        }
        if (entityType.equals(INDICATOR)) {
            return Current.item(IndicatorView.of(indicators.find(key)));
        }
        throw new IllegalStateException("The feed names an entity type this service does not have: " + entityType);
    }
}
