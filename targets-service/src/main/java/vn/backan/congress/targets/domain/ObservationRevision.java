package vn.backan.congress.targets.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public Quality quality;

    public String source;

    public String comment;

    @Embedded
    public Citation citation;

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
