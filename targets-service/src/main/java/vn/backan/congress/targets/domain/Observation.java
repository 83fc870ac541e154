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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.backan.congress.targets.domain.progress.Figure;

/** A yearly figure for one indicator and org unit. */
@Entity
@Table(name = "observation")
public class Observation extends PanacheEntityBase {

    public enum State { SUBMITTED, APPROVED, WITHDRAWN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "indicator_code")
    public String indicatorCode;

    @Column(name = "org_unit_code")
    public String orgUnitCode;

    public short year;

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

    /** The published page the figure comes from, when the reporter named one. */
    @Embedded
    public Citation citation;

    /** The values other pages published for the same figure, which the source rule did not choose. */
    @Convert(converter = OtherValuesColumn.class)
    @Column(name = "other_values")
    public List<OtherValue> otherValues = List.of();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public State state;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdraw_reason")
    public String withdrawReason;

    /** The last change of any kind: what updatedSince compares. */
    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "request_id")
    public String requestId;

    @Version
    public long version;

    /** The figure as progress reads it: 62.0000 from DECIMAL(20,4) is 62. */
    public Figure figure() {
        return new Figure(year, value.stripTrailingZeros(), quality, qualifier);
    }
}
