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
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.type.SqlTypes;
import vn.backan.congress.elections.domain.tally.Announcement;
import vn.backan.congress.elections.domain.tally.CandidateLine;
import vn.backan.congress.elections.domain.tally.InvalidReason;
import vn.backan.congress.elections.domain.tally.TallySheet;

/**
 * One version of one round's counting minutes, as the secretariat recorded it. Version 1 is the
 * original; each correction adds the next version and never changes an earlier one.
 */
@Entity
@Table(name = "tally_sheet")
public class TallySheetVersion extends PanacheEntityBase {

    public enum SeatKind { ELECTED, ALTERNATE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "contest_code")
    public String contestCode;
    @Column(name = "round_number")
    public int roundNumber;
    @Column(name = "version_no")
    public int versionNo;
    public int summoned;
    public int present;
    public int absent;
    @Column(name = "ex_officio_absent_throughout")
    public int exOfficioAbsentThroughout;
    @Column(name = "elected_absent_without_alternate")
    public int electedAbsentThroughoutWithoutAlternate;
    @Column(name = "ballots_issued")
    public int ballotsIssued;
    @Column(name = "ballots_collected")
    public int ballotsCollected;
    @Column(name = "valid_ballots")
    public int validBallots;
    @Column(name = "invalid_ballots")
    public int invalidBallots;
    @Column(name = "invalid_not_issued_by_committee")
    public Integer invalidNotIssuedByCommittee;
    @Column(name = "invalid_more_names_than_seats")
    public Integer invalidMoreNamesThanSeats;
    @Column(name = "winners_declared")
    public boolean winnersDeclared;
    @Column(name = "winners_announced_at")
    public Instant winnersAnnouncedAt;
    @Column(name = "correction_reason")
    public String correctionReason;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "request_id")
    public String requestId;
    @Column(name = "recorded_at")
    public Instant recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tally_counting_member", joinColumns = @JoinColumn(name = "sheet_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "name")
    public List<String> countingCommittee = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tally_line", joinColumns = @JoinColumn(name = "sheet_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    public List<Line> lines = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tally_declared_winner", joinColumns = @JoinColumn(name = "sheet_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    public List<DeclaredWinner> declaredWinners = new ArrayList<>();

    /** A candidate's line; {@code disagree} and {@code notCounted} only on agree/disagree ballots. */
    @Embeddable
    public static class Line {
        @Column(name = "candidate_id")
        public String candidateId;
        public int votes;
        public Integer disagree;
        @Column(name = "not_counted")
        public Integer notCounted;

        public CandidateLine toTally() {
            return disagree == null ? CandidateLine.kept(candidateId, votes)
                    : CandidateLine.agreeDisagree(candidateId, votes, disagree, notCounted);
        }

        public static Line of(CandidateLine line) {
            Line row = new Line();
            row.candidateId = line.candidateId();
            row.votes = line.votes();
            if (line instanceof CandidateLine.AgreeDisagree ad) {
                row.disagree = ad.disagree();
                row.notCounted = ad.notCounted();
            }
            return row;
        }
    }

    /** A winner the minutes declare, in their order. */
    @Embeddable
    public static class DeclaredWinner {
        @Column(name = "candidate_id")
        public String candidateId;
        @Enumerated(EnumType.STRING)
        @JdbcTypeCode(SqlTypes.VARCHAR)
        @Column(name = "seat_kind")
        public SeatKind seatKind;

        public DeclaredWinner() {
        }

        public DeclaredWinner(String candidateId, SeatKind seatKind) {
            this.candidateId = candidateId;
            this.seatKind = seatKind;
        }
    }

    /** The minutes as the tally engine reads them. */
    public TallySheet toTally() {
        TallySheet.Builder b = TallySheet.builder().countingCommittee(countingCommittee)
                .attendance(summoned, present, absent)
                .exOfficioAbsentThroughout(exOfficioAbsentThroughout)
                .electedAbsentThroughoutWithoutAlternate(electedAbsentThroughoutWithoutAlternate)
                .ballots(ballotsIssued, ballotsCollected, validBallots, invalidBallots);
        if (invalidNotIssuedByCommittee != null) {
            b.invalidBecause(InvalidReason.NOT_ISSUED_BY_COUNTING_COMMITTEE, invalidNotIssuedByCommittee);
        }
        if (invalidMoreNamesThanSeats != null) {
            b.invalidBecause(InvalidReason.MORE_NAMES_KEPT_THAN_SEATS, invalidMoreNamesThanSeats);
        }
        lines.forEach(l -> b.line(l.toTally()));
        if (winnersDeclared) {
            b.announcement(new Announcement(declared(SeatKind.ELECTED), declared(SeatKind.ALTERNATE),
                    winnersAnnouncedAt));
        }
        return b.build();
    }

    /** Copies the fields of the minutes (not the bookkeeping) from the engine's form. */
    public void fill(TallySheet sheet) {
        countingCommittee = new ArrayList<>(sheet.countingCommittee());
        summoned = sheet.summoned();
        present = sheet.present();
        absent = sheet.absent();
        exOfficioAbsentThroughout = sheet.exOfficioAbsentThroughout();
        electedAbsentThroughoutWithoutAlternate = sheet.electedAbsentThroughoutWithoutAlternate();
        ballotsIssued = sheet.ballotsIssued();
        ballotsCollected = sheet.ballotsCollected();
        validBallots = sheet.validBallots();
        invalidBallots = sheet.invalidBallots();
        Map<InvalidReason, Integer> reasons = new EnumMap<>(InvalidReason.class);
        reasons.putAll(sheet.invalidByReason());
        invalidNotIssuedByCommittee = reasons.get(InvalidReason.NOT_ISSUED_BY_COUNTING_COMMITTEE);
        invalidMoreNamesThanSeats = reasons.get(InvalidReason.MORE_NAMES_KEPT_THAN_SEATS);
        lines = new ArrayList<>(sheet.lines().stream().map(Line::of).toList());
        winnersDeclared = sheet.announcement().isPresent();
        winnersAnnouncedAt = sheet.announcement().map(Announcement::announcedAt).orElse(null);
        declaredWinners = new ArrayList<>();
        sheet.announcement().ifPresent(a -> {
            a.elected().forEach(id -> declaredWinners.add(new DeclaredWinner(id, SeatKind.ELECTED)));
            a.alternates().forEach(id -> declaredWinners.add(new DeclaredWinner(id, SeatKind.ALTERNATE)));
        });
    }

    private List<String> declared(SeatKind kind) {
        return declaredWinners.stream().filter(w -> w.seatKind == kind).map(w -> w.candidateId).toList();
    }
}
