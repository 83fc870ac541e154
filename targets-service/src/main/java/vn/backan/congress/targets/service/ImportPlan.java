package vn.backan.congress.targets.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.backan.congress.targets.domain.Observation;
import vn.backan.congress.targets.domain.ObservationRevision;
import vn.backan.congress.targets.domain.reporting.ValidFigure;

/** How each checked figure of an import lands: created, updated (the old values kept) or left alone. */
record ImportPlan(List<ValidFigure> create, List<Map.Entry<Observation, ValidFigure>> update, int unchanged) {

    /** {@code stored}: the figures already kept for the import's indicators. */
    static ImportPlan of(List<ValidFigure> figures, List<Observation> stored) {
        Map<String, Observation> existing = stored.stream()
                .collect(Collectors.toMap(o -> o.indicatorCode + "|" + o.orgUnitCode + "|" + o.year, Function.identity()));
        List<ValidFigure> create = new ArrayList<>();
        List<Map.Entry<Observation, ValidFigure>> update = new ArrayList<>();
        int unchanged = 0;
        for (ValidFigure f : figures) {
            Observation current = existing.get(f.key());
            if (current == null) {
                create.add(f);
            } else if (same(current, f) && current.state != Observation.State.WITHDRAWN) {
                unchanged++;
            } else {
                update.add(Map.entry(current, f));
            }
        }
        return new ImportPlan(create, update, unchanged);
    }

    /**
     * Stores the plan. A changed figure keeps its earlier values in observation_revision rather than
     * the change log: an import changes thousands of figures at once, and each figure's history is
     * read on its own (GET /api/v1/observations/{id}/history).
     */
    Applied apply(String who, String requestId, Instant now) {
        List<String> created = new ArrayList<>();
        for (ValidFigure f : create) {
            Observation o = new Observation();
            o.indicatorCode = f.indicator();
            o.orgUnitCode = f.orgUnit();
            o.year = f.year();
            fill(o, f, who, requestId, now);
            o.persist();
            created.add(String.valueOf(o.id));
        }
        List<String> updated = new ArrayList<>();
        for (Map.Entry<Observation, ValidFigure> change : update) {
            ObservationRevision.of(change.getKey(), who, requestId, now).persist();
            fill(change.getKey(), change.getValue(), who, requestId, now);
            updated.add(String.valueOf(change.getKey().id));
        }
        return new Applied(created, updated);
    }

    /** The ids of the figures an import created and changed, for the change feed. */
    record Applied(List<String> created, List<String> updated) {
    }

    /**
     * A changed figure goes back to SUBMITTED: an approval covered the old value, not this one. A
     * withdrawn figure sent again comes back the same way, its withdrawal kept in its history.
     */
    private static void fill(Observation o, ValidFigure f, String who, String requestId, Instant now) {
        o.value = f.value();
        o.qualifier = f.qualifier();
        o.otherValues = f.others();
        o.quality = f.quality();
        o.source = f.source();
        o.comment = f.comment();
        o.citation = f.citation();
        o.state = Observation.State.SUBMITTED;
        o.submittedBy = who;
        o.submittedAt = now;
        o.approvedBy = null;
        o.approvedAt = null;
        o.withdrawnBy = null;
        o.withdrawnAt = null;
        o.withdrawReason = null;
        o.updatedAt = now;
        o.requestId = requestId;
    }

    private static boolean same(Observation o, ValidFigure f) {
        return o.value.compareTo(f.value()) == 0 && o.qualifier == f.qualifier() && o.quality == f.quality()
                && o.otherValues.equals(f.others()) // kept as JSON, so 18.50 comes back as 18.50
                && Objects.equals(o.source, f.source()) && Objects.equals(o.comment, f.comment())
                && Objects.equals(o.citation, f.citation());
    }
}
