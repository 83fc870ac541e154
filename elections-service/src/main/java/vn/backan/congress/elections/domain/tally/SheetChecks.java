package vn.backan.congress.elections.domain.tally;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The invariants of the counting minutes (docs/election-rules.md, "The counting minutes"): every
 * broken one is reported at once, so a secretariat fixes a sheet in one go. Negative counts are
 * refused first, alone, since no sum means anything with them.
 */
public final class SheetChecks {

    private SheetChecks() {
    }

    public static void check(ContestSpec contest, Round round, TallySheet sheet) {
        TallyRejected.throwIfAny(negatives(sheet));
        List<TallyRejected.Violation> found = new ArrayList<>();
        attendance(contest, sheet, found);
        ballots(sheet, found);
        linesMatchBallot(contest, round, sheet, found);
        votes(contest, round, sheet, found);
        TallyRejected.throwIfAny(found);
    }

    private static List<TallyRejected.Violation> negatives(TallySheet s) {
        List<TallyRejected.Violation> found = new ArrayList<>();
        negative("summoned", s.summoned(), found);
        negative("present", s.present(), found);
        negative("absent", s.absent(), found);
        negative("ex officio absent throughout", s.exOfficioAbsentThroughout(), found);
        negative("elected absent throughout without alternate", s.electedAbsentThroughoutWithoutAlternate(), found);
        negative("ballots issued", s.ballotsIssued(), found);
        negative("ballots collected", s.ballotsCollected(), found);
        negative("valid ballots", s.validBallots(), found);
        negative("invalid ballots", s.invalidBallots(), found);
        s.invalidByReason().forEach((reason, n) -> negative("invalid " + reason, n, found));
        for (CandidateLine line : s.lines()) {
            negative(line.candidateId() + " votes", line.votes(), found);
            if (line instanceof CandidateLine.AgreeDisagree ad) {
                negative(line.candidateId() + " disagree", ad.disagree(), found);
                negative(line.candidateId() + " not counted", ad.notCounted(), found);
            }
        }
        return found;
    }

    private static void negative(String field, int value, List<TallyRejected.Violation> found) {
        if (value < 0) {
            found.add(new TallyRejected.Violation(Invariant.NEGATIVE_COUNT, field + " is " + value));
        }
    }

    private static void attendance(ContestSpec contest, TallySheet s, List<TallyRejected.Violation> found) {
        if (s.present() + s.absent() != s.summoned()) {
            found.add(violation(Invariant.PRESENT_PLUS_ABSENT_NOT_SUMMONED, "present " + s.present() + " + absent "
                    + s.absent() + " ≠ summoned " + s.summoned()));
        }
        int deductions = s.exOfficioAbsentThroughout() + s.electedAbsentThroughoutWithoutAlternate();
        if (deductions > s.absent()) {
            found.add(violation(Invariant.ABSENTEE_DEDUCTIONS_EXCEED_ABSENT, "absent throughout " + deductions
                    + " > absent " + s.absent()));
        }
        int base = contest.ruleSet().thresholdBase(contest.electorate(), s).value();
        if (base <= 0) {
            found.add(violation(Invariant.THRESHOLD_BASE_NOT_POSITIVE, "threshold base is " + base));
        }
    }

    private static void ballots(TallySheet s, List<TallyRejected.Violation> found) {
        if (s.validBallots() + s.invalidBallots() != s.ballotsCollected()) {
            found.add(violation(Invariant.VALID_PLUS_INVALID_NOT_COLLECTED, "valid " + s.validBallots()
                    + " + invalid " + s.invalidBallots() + " ≠ collected " + s.ballotsCollected()));
        }
        if (s.ballotsCollected() > s.ballotsIssued()) {
            found.add(violation(Invariant.BALLOTS_COLLECTED_EXCEED_ISSUED, "collected " + s.ballotsCollected()
                    + " > issued " + s.ballotsIssued()));
        }
        int byReason = s.invalidByReason().values().stream().mapToInt(Integer::intValue).sum();
        if (!s.invalidByReason().isEmpty() && byReason != s.invalidBallots()) {
            found.add(violation(Invariant.INVALID_REASONS_DO_NOT_ADD_UP, "reasons add up to " + byReason
                    + ", invalid ballots " + s.invalidBallots()));
        }
    }

    private static void linesMatchBallot(ContestSpec contest, Round round, TallySheet s,
            List<TallyRejected.Violation> found) {
        Set<String> onBallot = Set.copyOf(round.candidateIds());
        Set<String> seen = new HashSet<>();
        for (CandidateLine line : s.lines()) {
            String id = line.candidateId();
            if (line.style() != contest.ballotStyle()) {
                found.add(violation(Invariant.LINE_DOES_NOT_MATCH_BALLOT_STYLE, id + " has a " + line.style()
                        + " line on " + contest.ballotStyle() + " ballots"));
            }
            if (!onBallot.contains(id)) {
                found.add(violation(Invariant.CANDIDATE_NOT_ON_BALLOT, id + " is not on round "
                        + round.number() + "'s ballot"));
            }
            if (!seen.add(id)) {
                found.add(violation(Invariant.CANDIDATE_LINE_DUPLICATED, id + " has two lines"));
            }
        }
        for (String id : round.candidateIds()) {
            if (!seen.contains(id)) {
                found.add(violation(Invariant.CANDIDATE_LINE_MISSING, id + " is on the ballot but has no line"));
            }
        }
    }

    private static void votes(ContestSpec contest, Round round, TallySheet s, List<TallyRejected.Violation> found) {
        int valid = s.validBallots();
        long total = 0;
        for (CandidateLine line : s.lines()) {
            total += line.votes();
            if (line.votes() > valid) {
                found.add(violation(Invariant.CANDIDATE_VOTES_EXCEED_VALID_BALLOTS, line.candidateId() + " has "
                        + line.votes() + " votes, valid ballots " + valid));
            }
            if (line instanceof CandidateLine.AgreeDisagree ad
                    && ad.agree() + ad.disagree() + ad.notCounted() != valid) {
                found.add(violation(Invariant.AGREE_DISAGREE_NOT_VALID, line.candidateId() + ": agree "
                        + ad.agree() + " + disagree " + ad.disagree() + " + not counted " + ad.notCounted()
                        + " ≠ valid " + valid));
            }
        }
        // A valid ballot keeps at most one name per open seat, so the names kept cannot exceed that.
        long allowed = (long) valid * round.namesAllowedPerBallot(contest);
        if (total > allowed) {
            found.add(violation(Invariant.VOTES_EXCEED_NAMES_ALLOWED, "votes add up to " + total + ", but "
                    + valid + " valid ballots × " + round.namesAllowedPerBallot(contest) + " names = " + allowed));
        }
    }

    private static TallyRejected.Violation violation(Invariant invariant, String detail) {
        return new TallyRejected.Violation(invariant, detail);
    }
}
