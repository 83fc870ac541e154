package vn.backan.congress.targets.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.backan.congress.commons.rest.store.ChangeLog;
import vn.backan.congress.targets.domain.Citation;
import vn.backan.congress.targets.domain.Observation;
import vn.backan.congress.targets.domain.ObservationRevision;
import vn.backan.congress.targets.domain.Quality;

/**
 * A figure as the API shows it, with who submitted and approved it and under which request, and
 * the published page it comes from when it names one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObservationView(long id, String indicator, String orgUnit, int year, BigDecimal value,
        Quality quality, String source, String comment, Citation citation, Observation.State state,
        String submittedBy, Instant submittedAt, String approvedBy, Instant approvedAt, String withdrawnBy,
        Instant withdrawnAt, String withdrawReason, Instant updatedAt, String requestId, long version) {

    public static ObservationView of(Observation o) {
        return new ObservationView(o.id, o.indicatorCode, o.orgUnitCode, o.year, o.value.stripTrailingZeros(), o.quality,
                o.source, o.comment, o.citation, o.state, o.submittedBy, o.submittedAt, o.approvedBy, o.approvedAt,
                o.withdrawnBy, o.withdrawnAt, o.withdrawReason, o.updatedAt, o.requestId, o.version);
    }

    /** The values a figure had before one change. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Revision(BigDecimal value, Quality quality, String source, String comment, Citation citation,
            Observation.State state, String submittedBy, Instant submittedAt, String replacedBy, Instant replacedAt,
            String replacedByRequest) {

        public static Revision of(ObservationRevision r) {
            return new Revision(r.value.stripTrailingZeros(), r.quality, r.source, r.comment, r.citation, r.state,
                    r.submittedBy, r.submittedAt, r.replacedBy, r.replacedAt, r.requestId);
        }
    }

    /** What the feed shows of a withdrawn figure: which one it was, who withdrew it, when and why. */
    public record Tombstone(long id, String indicator, String orgUnit, int year, String withdrawnBy,
            Instant withdrawnAt, String reason) {

        public static Tombstone of(Observation o) {
            return new Tombstone(o.id, o.indicatorCode, o.orgUnitCode, o.year, o.withdrawnBy, o.withdrawnAt,
                    o.withdrawReason);
        }
    }

    /** The figure now, the values it replaced, and its other recorded changes (approvals), oldest first. */
    public record History(ObservationView current, List<Revision> earlier, List<ChangeLog.Entry> changes) {
    }
}
