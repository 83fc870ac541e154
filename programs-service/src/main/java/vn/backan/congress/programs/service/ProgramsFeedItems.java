package vn.backan.congress.programs.service;

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
import java.util.stream.Stream;
import vn.backan.congress.programs.domain.DeclaredCount;
import vn.backan.congress.programs.domain.SolutionUpdate;
import vn.backan.congress.programs.store.PlanQueries;
import vn.backan.congress.programs.store.SolutionQueries;
import vn.backan.congress.programs.store.TaskQueries;
import vn.backan.congress.programs.store.Timeline;

/**
 * What programs-service's feed shows for each kind of entity, as it is now; and, for a feed that
 * has never recorded anything, what the service already holds: the programs, the declared counts,
 * then every task, solution and update.
 */
@ApplicationScoped
public class ProgramsFeedItems implements FeedItems {

    @Inject
    PlanQueries plan;

    @Inject
    TaskQueries tasks;

    @Inject
    SolutionQueries solutions;

    @Inject
    Timeline timeline;

    @Inject
    TaskService taskService;

    @Inject
    SolutionService solutionService;

    @Inject
    PlanService planService;

    @Inject
    ChangeFeed feed;

    void seed(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(() -> {
            List<ChangeFeed.Seed> existing = new ArrayList<>();
            plan.programs().forEach(p -> existing.add(ChangeFeed.Seed.created(PublishedEntities.PROGRAM.type(), p.code)));
            for (DeclaredCount.Kind kind : DeclaredCount.Kind.values()) {
                existing.add(ChangeFeed.Seed.created(PublishedEntities.DECLARED_COUNT.type(), kind.name()));
            }
            tasks.all().forEach(t -> existing.add(ChangeFeed.Seed.created(PublishedEntities.TASK.type(), String.valueOf(t.number))));
            solutions.all().forEach(s -> existing.add(ChangeFeed.Seed.created(PublishedEntities.SOLUTION.type(), String.valueOf(s.number))));
            SolutionUpdate.<SolutionUpdate>list("order by id").forEach(u -> existing.add(ChangeFeed.Seed.created(PublishedEntities.UPDATE.type(),
                    String.valueOf(u.id))));
            feed.seedIfEmpty(existing, Instant.now());
        });
    }

    @Override
    public Current current(String entityType, String key) {
        PublishedEntities kind = Stream.of(PublishedEntities.values()).filter(k -> k.type().equals(entityType))
                .findFirst().orElseThrow(() -> new IllegalStateException(
                        "The feed names an entity type this service does not have: " + entityType));
        return Current.item(switch (kind) {
            case PROGRAM -> ProgramView.of(plan.program(key).orElseThrow());
            case DECLARED_COUNT -> planService.view(plan.declared(DeclaredCount.Kind.valueOf(key)));
            case TASK -> taskService.view(taskService.find(Short.parseShort(key)));
            case SOLUTION -> solutionService.view(solutionService.find(Short.parseShort(key)));
            case UPDATE -> UpdateView.of(timeline.entry(Long.parseLong(key)).orElseThrow());
        });
    }
}
