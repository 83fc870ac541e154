package vn.backan.congress.programs.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One of the plan's solutions, as an admin entered it: the programs it serves, who leads it, the
 * indicators it should move, and where it stands (the latest update's status and percent).
 */
@Entity
@Table(name = "solution")
public class Solution extends PanacheEntityBase {

    @Id
    public short number;

    @Column(name = "task_number")
    public short taskNumber;

    @Column(name = "title_vi")
    public String titleVi;

    @Column(name = "title_en")
    public String titleEn;

    @Column(name = "description_vi", columnDefinition = "TEXT")
    public String descriptionVi;

    @Column(name = "description_en", columnDefinition = "TEXT")
    public String descriptionEn;

    @Column(name = "lead_agency")
    public String leadAgency;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT) // one query per collection for a whole list, not one per solution
    @CollectionTable(name = "solution_coordinating_agency", joinColumns = @JoinColumn(name = "solution_number"))
    @Column(name = "agency")
    public Set<String> coordinatingAgencies = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "solution_program", joinColumns = @JoinColumn(name = "solution_number"))
    @Column(name = "program_code")
    public Set<String> programCodes = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "solution_indicator", joinColumns = @JoinColumn(name = "solution_number"))
    @Column(name = "indicator_code")
    public Set<String> indicatorCodes = new TreeSet<>();

    /** The org units (targets-service codes) that report on this solution: only they post its updates. */
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "solution_org_unit", joinColumns = @JoinColumn(name = "solution_number"))
    @Column(name = "org_unit")
    public Set<String> reportingOrgUnits = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public SolutionStatus status;

    @Column(name = "percent_complete")
    public short percentComplete;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Version
    public int version;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public StatusRules.State state() {
        return new StatusRules.State(status, percentComplete);
    }

    /** Past its due date on {@code day} and not completed. */
    public boolean overdueOn(LocalDate day) {
        return dueDate != null && dueDate.isBefore(day) && status != SolutionStatus.COMPLETED;
    }
}
