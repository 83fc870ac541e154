package vn.backan.congress.targets.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.backan.congress.targets.domain.Observation;
import vn.backan.congress.targets.domain.ObservationRevision;
import vn.backan.congress.targets.domain.reporting.ValidFigure;

/** Applies checked figures: creates, updates (keeping the old values) or leaves alone. */
@ApplicationScoped
public class ObservationWriter {

    /** How each figure would land. */
    public record Plan(List<ValidFigure> create, List<Map.Entry<Observation, ValidFigure>> update, int unchanged) {
    }

    /** One query for the existing figures of the indicators involved, not one per row. */
    public Plan plan(List<ValidFigure> figures) {
        List<String> indicators = figures.stream().map(ValidFigure::indicator).distinct().toList();
        Map<String, Observation> existing = indicators.isEmpty() ? Map.of()
                : Observation.<Observation>list("indicatorCode in ?1", indicators).stream()
                        .collect(Collectors.toMap(o -> o.indicatorCode + "|" + o.orgUnitCode + "|" + o.year,
                                Function.identity()));
        List<ValidFigure> create = new java.util.ArrayList<>();
        List<Map.Entry<Observation, ValidFigure>> update = new java.util.ArrayList<>();
        int unchanged = 0;
        for (ValidFigure f : figures) {
            Observation current = existing.get(f.key());
            if (current == null) {
                create.add(f);
            } else if (same(current, f)) {
                unchanged++;
            } else {
                update.add(Map.entry(current, f));
            }
        }
        return new Plan(create, update, unchanged);
    }

    public void apply(Plan plan, String who, String requestId) {
        Instant now = Instant.now();
        for (ValidFigure f : plan.create()) {
            Observation o = new Observation();
            o.indicatorCode = f.indicator();
            o.orgUnitCode = f.orgUnit();
            o.year = f.year();
            fill(o, f, who, requestId, now);
            o.persist();
        }
        for (Map.Entry<Observation, ValidFigure> change : plan.update()) {
            ObservationRevision.of(change.getKey(), who, requestId, now).persist();
            fill(change.getKey(), change.getValue(), who, requestId, now);
        }
    }

    /** A changed figure goes back to SUBMITTED: an approval covered the old value, not this one. */
    private static void fill(Observation o, ValidFigure f, String who, String requestId, Instant now) {
        o.value = f.value();
        o.quality = f.quality();
        o.source = f.source();
        o.comment = f.comment();
        o.state = Observation.State.SUBMITTED;
        o.submittedBy = who;
        o.submittedAt = now;
        o.approvedBy = null;
        o.approvedAt = null;
        o.requestId = requestId;
    }

    private static boolean same(Observation o, ValidFigure f) {
        return o.value.compareTo(f.value()) == 0 && o.quality == f.quality()
                && Objects.equals(o.source, f.source()) && Objects.equals(o.comment, f.comment());
    }
}
