package vn.backan.congress.elections.service;

import java.util.ArrayList;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import vn.backan.congress.commons.rest.write.Change;
import vn.backan.congress.commons.etag.Preconditions;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.rest.store.ChangeLog;
import vn.backan.congress.commons.rest.write.Writes;
import vn.backan.congress.elections.domain.Contest;
import vn.backan.congress.elections.domain.Membership;
import vn.backan.congress.elections.domain.tally.ContestChecks;
import vn.backan.congress.elections.store.ContestQueries;
import vn.backan.congress.elections.store.ContestTallies;
import vn.backan.congress.elections.store.Roster;

/**
 * Contests from recorded to announced to approved. Every write moves the contest's representation,
 * so its ETag (the hash of what GET serves) is what the next write sends as If-Match.
 */
@ApplicationScoped
public class ContestService {

    @Inject
    ContestQueries contests;

    @Inject
    ContestTallies tallies;

    @Inject
    ContestDraft drafts;

    @Inject
    ContestApproval approval;

    @Inject
    Roster roster;

    @Inject
    Writes writes;

    public Contest find(String code) {
        return contests.byCode(code).orElseThrow(() -> notFound(code));
    }

    /** Locked for writing: two writes to one contest run one after the other. */
    Contest findForUpdate(String code) {
        return contests.forUpdate(code).orElseThrow(() -> notFound(code));
    }

    public ContestView view(Contest c) {
        return ContestView.of(c, tallies.of(c));
    }

    /** 409 when the code is taken; 422 for an unknown body, post or person, or a broken rule. */
    public ContestView create(ContestInput input) {
        return writes.inTransaction(() -> {
            if (contests.byCode(input.code()).isPresent()) {
                throw ContestProblems.conflict("There is already a contest " + input.code() + "; codes are never reused.");
            }
            Contest c = drafts.of(input);
            ContestChecks.check(c.spec()); // seats, 30 % surplus, ballot style, names twice: 422 naming the rule
            c.state = Contest.State.RECORDED;
            c.createdBy = writes.caller().name();
            c.createdAt = c.updatedAt = writes.now();
            c.persist();
            Contest.flush();
            ContestView created = view(c);
            writes.record(Change.created(PublishedEntities.CONTEST, c.code, created));
            return created;
        });
    }

    /**
     * RECORDED → ANNOUNCED. Only when every seat is filled and no tie waits, unless the congress
     * decided to hold no further round for the seats left (244 art. 20.2): {@code leaveSeatsOpen}.
     */
    public ContestView announce(String code, String ifMatch, boolean leaveSeatsOpen) {
        return writes.inTransaction(() -> {
            Contest c = findForUpdate(code);
            ContestView before = view(c);
            if (c.state != Contest.State.RECORDED) {
                throw ContestProblems.conflict("Contest " + c.code + " is already " + c.state + ".");
            }
            Preconditions.requireIfMatch(ifMatch, writes.etag(before));
            ContestTallies.Rounds rounds = tallies.of(c);
            if (rounds.counted().isEmpty()) {
                throw ContestProblems.refused("rounds", "No round of contest " + c.code
                        + " has been counted yet: record round 1's minutes first.");
            }
            if (rounds.pending() && !leaveSeatsOpen) {
                var last = rounds.counted().get(rounds.counted().size() - 1).result();
                String why = last.tiedPendingNewRound().isEmpty() ? "seats are still open"
                        : "a tie waits for a new round among " + last.tiedPendingNewRound();
                throw ContestProblems.refused("nextRound", "Round " + last.round().number() + " leaves the contest"
                        + " pending (" + why + "): record round " + (last.round().number() + 1) + ", or announce with"
                        + " leaveSeatsOpen = true if the congress decided to hold no further round (244 art. 20.2).");
            }
            c.state = Contest.State.ANNOUNCED;
            c.seatsLeftOpen = rounds.pending();
            c.announcedAt = writes.now();
            touch(c);
            ContestView after = view(c);
            writes.record(Change.updated(PublishedEntities.CONTEST, code, "ANNOUNCE", before, after));
            return after;
        });
    }

    /** ANNOUNCED → APPROVED: the elected get memberships from the decision date (ContestApproval). */
    public ContestApprovalView approve(String code, String ifMatch, ContestApprovalInput input) {
        return writes.inTransaction(() -> {
            Contest c = findForUpdate(code);
            ContestView before = view(c);
            ContestApproval.Approved approved = approval.approve(c, tallies.of(c), input, ifMatch, writes.etag(before));
            List<Membership> created = approved.memberships();
            touch(c);
            ContestView after = view(c);
            List<Change> changes = new ArrayList<>(approved.rosterChanges());
            changes.add(Change.updated(PublishedEntities.CONTEST, code, "APPROVE", before, Map.of("contest", after,
                    "membershipIds", created.stream().map(m -> m.id).toList())));
            writes.record(changes);
            List<MembershipView> memberships = created.stream()
                    .map(m -> MembershipView.of(m, roster.person(m.personId).orElseThrow())).toList();
            return new ContestApprovalView(after, memberships);
        });
    }

    public List<ChangeLog.Entry> history(String code) {
        find(code);
        return writes.history(PublishedEntities.CONTEST, code);
    }

    /** Every write moves the version and the time of the last change. */
    void touch(Contest c) {
        c.updatedAt = writes.now().isAfter(c.updatedAt) ? writes.now() : c.updatedAt.plusMillis(1);
        Contest.flush();
    }

    private static ProblemException notFound(String code) {
        return ProblemException.of(ProblemType.HTTP, 404, "There is no contest " + code + ".");
    }
}
