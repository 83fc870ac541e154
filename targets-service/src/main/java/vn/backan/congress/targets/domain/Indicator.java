package vn.backan.congress.targets.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.time.Instant;

/** One measurable commitment of the resolution, with its target as data. */
@Entity
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "parent_code")
    public String parentCode;

    public short position;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR) // the columns are VARCHAR with a CHECK, not MariaDB ENUMs
    public Domain domain;

    @Column(name = "name_vi")
    public String nameVi;

    @Column(name = "name_en")
    public String nameEn;

    public String unit;

    @Column(name = "unit_vi")
    public String unitVi;

    @Column(name = "unit_en")
    public String unitEn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public Direction direction;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "target_kind")
    public TargetKind targetKind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "average_basis")
    public AverageBasis averageBasis;

    @Column(name = "lower_bound")
    public BigDecimal lowerBound;

    @Column(name = "lower_inclusive")
    public Boolean lowerInclusive;

    @Column(name = "upper_bound")
    public BigDecimal upperBound;

    @Column(name = "upper_inclusive")
    public Boolean upperInclusive;

    @Column(name = "period_from")
    public short periodFrom;

    @Column(name = "period_to")
    public short periodTo;

    @Column(name = "target_text_vi")
    public String targetTextVi;

    @Column(name = "source_vi", columnDefinition = "TEXT")
    public String sourceVi;

    @Version
    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
