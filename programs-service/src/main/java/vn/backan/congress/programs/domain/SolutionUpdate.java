package vn.backan.congress.programs.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One entry of a solution's implementation timeline. Append-only: a correction is a new entry. */
@Entity
@Immutable
@Table(name = "solution_update")
public class SolutionUpdate extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "solution_number")
    public short solutionNumber;

    @Column(name = "report_date")
    public LocalDate reportDate;

    @Column(name = "org_unit")
    public String orgUnit;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public SolutionStatus status;

    @Column(name = "percent_complete")
    public short percentComplete;

    @Column(name = "narrative_vi", columnDefinition = "TEXT")
    public String narrativeVi;

    @Column(name = "narrative_en", columnDefinition = "TEXT")
    public String narrativeEn;

    @Column(name = "evidence_url")
    public String evidenceUrl;

    @Column(name = "corrects_id")
    public Long correctsId;

    public String author;

    @Column(name = "request_id")
    public String requestId;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
