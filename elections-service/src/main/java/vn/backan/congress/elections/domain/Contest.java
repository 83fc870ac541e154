package vn.backan.congress.elections.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.type.SqlTypes;
import vn.backan.congress.elections.domain.tally.BallotStyle;
import vn.backan.congress.elections.domain.tally.ContestSpec;
import vn.backan.congress.elections.domain.tally.Electorate;
import vn.backan.congress.elections.domain.tally.RuleSet;

/**
 * A body or post to fill by election, with its candidate list in ballot order. Its rounds' counting
 * minutes are {@link TallySheetVersion}s; results are recomputed from them, never stored.
 */
@Entity
@Table(name = "contest")
public class Contest extends PanacheEntityBase {

    /** recorded → announced → approved by the higher committee (docs/election-rules.md). */
    @Schema(name = "ContestState")
    public enum State { RECORDED, ANNOUNCED, APPROVED }

    @Id
    public String code;
    @Column(name = "organization_code")
    public String organizationCode;
    @Column(name = "post_code")
    public String postCode;
    @Column(name = "name_vi")
    public String nameVi;
    @Column(name = "name_en")
    public String nameEn;
    public int seats;
    @Column(name = "alternate_seats")
    public int alternateSeats;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "ballot_style")
    public BallotStyle ballotStyle;
    /** The regulation's stable code, "244-2014" or "190-2024" (see {@link RuleSet#code()}). */
    @Column(name = "rule_set")
    public String ruleSet;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public Electorate electorate;
    @Column(name = "held_on")
    public LocalDate heldOn;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public State state;
    @Column(name = "seats_left_open")
    public boolean seatsLeftOpen;
    @Column(name = "announced_at")
    public Instant announcedAt;
    @Column(name = "decision_number")
    public String decisionNumber;
    @Column(name = "decision_date")
    public LocalDate decisionDate;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    /** Set by every write, so each one moves {@link #version} and with it the contest's ETag. */
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contest_candidate", joinColumns = @JoinColumn(name = "contest_code"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    public List<Candidate> candidates = new ArrayList<>();

    /** A name on the ballot: the id the minutes use, the name as written, and the person, once known. */
    @Embeddable
    public static class Candidate {
        @Column(name = "candidate_id")
        public String id;
        public String name;
        @Column(name = "person_id")
        public String personId;

        public Candidate() {
        }

        public Candidate(String id, String name, String personId) {
            this.id = id;
            this.name = name;
            this.personId = personId;
        }
    }

    /** The contest as the tally engine sees it. */
    public ContestSpec spec() {
        return new ContestSpec(code, seats, alternateSeats, ballotStyle, ruleSetValue(), electorate,
                candidates.stream().map(c -> c.id).toList());
    }

    public RuleSet ruleSetValue() {
        return RuleSet.fromCode(ruleSet).orElseThrow(() -> new IllegalStateException("Unknown rule set " + ruleSet));
    }

    public Candidate candidate(String candidateId) {
        return candidates.stream().filter(c -> c.id.equals(candidateId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(candidateId + " is not a candidate of " + code));
    }
}
