package vn.backan.congress.targets.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.backan.congress.commons.rest.store.ChangeLog;
import vn.backan.congress.commons.text.LocalizedText;
import vn.backan.congress.targets.domain.Citation;
import vn.backan.congress.targets.domain.Observation;
import vn.backan.congress.targets.domain.ObservationRevision;
import vn.backan.congress.targets.domain.OtherValue;
import vn.backan.congress.targets.domain.Qualifier;
import vn.backan.congress.targets.domain.Quality;
import vn.backan.congress.targets.domain.reporting.SourcePreference;

/**
 * A figure as the API shows it, with who submitted and approved it and under which request, the
 * published page it comes from when it names one, and the values other pages published for it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObservationView(long id, String indicator, String orgUnit, int year, BigDecimal value,
        Qualifier qualifier, Quality quality, String source, String comment, Citation citation,
        List<OtherValueView> otherValues, Observation.State state,
        String submittedBy, Instant submittedAt, String approvedBy, Instant approvedAt, String withdrawnBy,
        Instant withdrawnAt, String withdrawReason, Instant updatedAt, String requestId, long version) {

    public static ObservationView of(Observation o) {
        return new ObservationView(o.id, o.indicatorCode, o.orgUnitCode, o.year, o.value.stripTrailingZeros(),
                o.qualifier, o.quality, o.source, o.comment, o.citation, OtherValueView.of(o.otherValues), o.state,
                o.submittedBy, o.submittedAt, o.approvedBy, o.approvedAt, o.withdrawnBy, o.withdrawnAt, o.withdrawReason, o.updatedAt, o.requestId, o.version);
    }

    /** The values a figure had before one change. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Revision(BigDecimal value, Qualifier qualifier, Quality quality, String source, String comment,
            Citation citation, List<OtherValueView> otherValues, Observation.State state, String submittedBy,
            Instant submittedAt, String replacedBy, Instant replacedAt, String replacedByRequest) {

        public static Revision of(ObservationRevision r) {
            return new Revision(r.value.stripTrailingZeros(), r.qualifier, r.quality, r.source, r.comment, r.citation,
                    OtherValueView.of(r.otherValues), r.state, r.submittedBy, r.submittedAt, r.replacedBy, r.replacedAt,
                    r.requestId);
        }
    }

    /**
     * Another value published for the figure: its page, and why the source rule chose the figure's
     * value over it (a stable code, and the same in words).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OtherValueView(BigDecimal value, Qualifier qualifier, Quality quality, String comment,
            Citation citation, SourcePreference.Because notChosenBecause, LocalizedText reason) {

        static List<OtherValueView> of(List<OtherValue> values) {
            return values.stream().map(v -> new OtherValueView(v.value().stripTrailingZeros(), v.qualifier(), v.quality(),
                    v.comment(), v.citation(), v.notChosenBecause(), v.notChosenBecause().text())).toList();
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
