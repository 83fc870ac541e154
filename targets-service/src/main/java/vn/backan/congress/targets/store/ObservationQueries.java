package vn.backan.congress.targets.store;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.backan.congress.commons.rest.paging.PageParams;
import vn.backan.congress.targets.domain.Observation;
import vn.backan.congress.targets.domain.ObservationRevision;

/** Reads figures: by id, for progress, for an import's plan, and with the list filters in a stable order. */
@ApplicationScoped
public class ObservationQueries {

    /**
     * A list's filters; without a state it lists the figures in force (submitted and approved), a
     * withdrawn one only when asked for by state. {@code updatedSince} is inclusive.
     */
    public record Filter(String indicator, String orgUnit, Integer year, Observation.State state,
            Instant updatedSince) {

        public Filter(String indicator, String orgUnit, Integer year, Observation.State state) {
            this(indicator, orgUnit, year, state, null);
        }
    }

    private static final Sort ORDER = Sort.by("indicatorCode").and("orgUnitCode").and("year");

    public Optional<Observation> byId(long id) {
        return Observation.findByIdOptional(id);
    }

    public List<Observation> page(Filter f, PageParams paging) {
        Where w = where(f);
        return Observation.<Observation>find(w.query, ORDER, w.params)
                .page(paging.page - 1, paging.pageSize).list();
    }

    public List<Observation> all(Filter f) {
        Where w = where(f);
        return Observation.list(w.query, ORDER, w.params);
    }

    public long count(Filter f) {
        Where w = where(f);
        return Observation.count(w.query, w.params);
    }

    /** Every figure of one org unit: one query for a whole scoreboard. */
    public List<Observation> ofOrgUnit(String orgUnit) {
        return Observation.list("orgUnitCode = ?1", orgUnit);
    }

    public List<Observation> of(String indicator, String orgUnit) {
        return Observation.list("indicatorCode = ?1 and orgUnitCode = ?2", indicator, orgUnit);
    }

    /** The stored figures of these indicators: one query for a whole import, not one per row. */
    public List<Observation> ofIndicators(Collection<String> indicators) {
        return indicators.isEmpty() ? List.of() : Observation.list("indicatorCode in ?1", indicators);
    }

    public List<ObservationRevision> revisions(long observationId) {
        return ObservationRevision.list("observationId = ?1 order by id", observationId);
    }

    private record Where(String query, Parameters params) {
    }

    private static Where where(Filter f) {
        List<String> parts = new ArrayList<>();
        Parameters p = new Parameters();
        if (f.indicator() != null) {
            parts.add("indicatorCode = :indicator");
            p = p.and("indicator", f.indicator());
        }
        if (f.orgUnit() != null) {
            parts.add("orgUnitCode = :orgUnit");
            p = p.and("orgUnit", f.orgUnit());
        }
        if (f.year() != null) {
            parts.add("year = :year");
            p = p.and("year", f.year().shortValue());
        }
        if (f.state() != null) {
            parts.add("state = :state");
            p = p.and("state", f.state());
        } else {
            parts.add("state <> :withdrawn");
            p = p.and("withdrawn", Observation.State.WITHDRAWN);
        }
        if (f.updatedSince() != null) {
            parts.add("updatedAt >= :updatedSince");
            p = p.and("updatedSince", f.updatedSince());
        }
        return new Where(parts.isEmpty() ? "1 = 1" : String.join(" and ", parts), p);
    }
}
