package vn.backan.congress.targets.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The values an observation had before one change, and who replaced them. */
@Entity
@Table(name = "observation_revision")
public class ObservationRevision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "observation_id")
    public long observationId;

    @Column(name = "replaced_at")
    public Instant replacedAt;

    @Column(name = "replaced_by")
    public String replacedBy;

    @Column(name = "request_id")
    public String requestId;

    public BigDecimal value;

    /** Whether {@code value} is the figure or a bound on it ("trên 562" is ABOVE 562). */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public Qualifier qualifier = Qualifier.EXACT;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public Quality quality;

    public String source;

    public String comment;

    @Embedded
    public Citation citation;

    /** The values other pages published for the same figure, which the source rule did not choose. */
    @Convert(converter = OtherValuesColumn.class)
    @Column(name = "other_values")
    public List<OtherValue> otherValues = List.of();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public Observation.State state;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    public static ObservationRevision of(Observation o, String replacedBy, String requestId, Instant now) {
        ObservationRevision r = new ObservationRevision();
        r.observationId = o.id;
        r.replacedAt = now;
        r.replacedBy = replacedBy;
        r.requestId = requestId;
        r.value = o.value;
        r.qualifier = o.qualifier;
        r.otherValues = o.otherValues;
        r.quality = o.quality;
        r.source = o.source;
        r.comment = o.comment;
        r.citation = o.citation;
        r.state = o.state;
        r.submittedBy = o.submittedBy;
        r.submittedAt = o.submittedAt;
        return r;
    }
}
