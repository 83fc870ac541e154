package vn.backan.congress.elections.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person on a body, as a member or in a post, from a start date to an end date (open while sitting). */
@Entity
@Table(name = "membership")
public class Membership extends PanacheEntityBase {

    public enum StartReason { ELECTED_BY_CONGRESS, ELECTED_AT_FIRST_PLENUM, ELECTED, APPOINTED }

    public enum EndReason { TERM_ENDED, BODY_DISSOLVED, RESIGNED, TRANSFERRED, DISMISSED, DIED, OTHER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "person_id")
    public String personId;
    @Column(name = "organization_code")
    public String organizationCode;
    @Column(name = "post_code")
    public String postCode;
    @Column(name = "role_vi")
    public String roleVi;
    @Column(name = "role_en")
    public String roleEn;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "start_reason")
    public StartReason startReason;
    @Column(name = "end_date")
    public LocalDate endDate;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "end_reason")
    public EndReason endReason;
    @Column(name = "end_note")
    public String endNote;
    @Column(name = "source_vi", columnDefinition = "TEXT")
    public String sourceVi;
    @Column(name = "contest_code")
    public String contestCode;
    @Version
    public int version;

    /** Sitting on {@code day}: started by then and not yet ended (the end date is the last day sat). */
    public boolean activeOn(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
    }
}
