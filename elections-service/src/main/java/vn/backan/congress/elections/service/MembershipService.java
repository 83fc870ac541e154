package vn.backan.congress.elections.service;

import java.util.TreeMap;
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
import vn.backan.congress.elections.domain.Membership;
import vn.backan.congress.elections.domain.Person;
import vn.backan.congress.elections.store.Roster;

/** Memberships as the secretariat keeps them: how one ended, with the old values in the change log. */
@ApplicationScoped
public class MembershipService {

    @Inject
    Roster roster;

    @Inject
    Writes writes;

    @Inject
    RosterChanges rosterChanges;

    public Membership find(long id) {
        return roster.membership(id)
                .orElseThrow(() -> ProblemException.of(ProblemType.HTTP, 404, "There is no membership " + id + "."));
    }

    public MembershipView view(Membership m) {
        return MembershipView.of(m, roster.person(m.personId).orElseThrow());
    }

    /** The end date (the last day held), why it ended and a note; If-Match and a reason are required. */
    public MembershipView end(long id, String ifMatch, MembershipEnd end) {
        return writes.inTransaction(() -> {
            Membership m = find(id);
            Person person = roster.person(m.personId).orElseThrow();
            MembershipView before = MembershipView.of(m, person);
            Preconditions.requireIfMatch(ifMatch, writes.etag(before));
            if (end.endDate().isBefore(m.startDate)) {
                throw ProblemException.of(ProblemType.UNPROCESSABLE, 422, "endDate " + end.endDate()
                        + " is before the membership started (" + m.startDate + ").");
            }
            m.endDate = end.endDate();
            m.endReason = end.endReason();
            m.endNote = end.endNote();
            Membership.flush();
            MembershipView after = MembershipView.of(m, person);
            writes.record(rosterChanges.of(List.of(Change.updated(PublishedEntities.MEMBERSHIP, id, "END",
                    Map.of("membership", before, "reason", end.reason()), after)), List.of(m), new TreeMap<>()));
            return after;
        });
    }

    public List<ChangeLog.Entry> history(long id) {
        find(id);
        return writes.history(PublishedEntities.MEMBERSHIP, id);
    }
}
