package vn.backan.congress.elections.service;

import java.util.TreeMap;
import java.util.SortedMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.backan.congress.commons.rest.write.Change;
import vn.backan.congress.commons.etag.Preconditions;
import vn.backan.congress.commons.rest.write.Writes;
import vn.backan.congress.elections.domain.Contest;
import vn.backan.congress.elections.domain.Membership;
import vn.backan.congress.elections.domain.Organization;
import vn.backan.congress.elections.domain.Person;
import vn.backan.congress.elections.domain.Post;
import vn.backan.congress.elections.domain.Slugs;
import vn.backan.congress.elections.domain.VietnameseNames;
import vn.backan.congress.elections.store.CongressQueries;
import vn.backan.congress.elections.store.ContestTallies;
import vn.backan.congress.elections.store.Roster;

/**
 * ANNOUNCED → APPROVED: the higher committee's decision makes the result final, and everyone the
 * rounds elected (or made alternates) gets a membership of the body, or holds the post, from the
 * decision date: the day the data treats the seat as held. A candidate who is not yet a person in
 * the data becomes one, with an id folded from the name (-2, -3 … when taken: "Nguyen" and
 * "Nguyễn" are different people who fold alike).
 */
@ApplicationScoped
class ContestApproval {

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    CongressQueries congress;

    @Inject
    Roster roster;

    @Inject
    Writes writes;

    @Inject
    RosterChanges rosterChanges;

    /** What an approval created, and the changes it made in the roster, for the write to record. */
    record Approved(List<Membership> memberships, List<Change> rosterChanges) {
    }

    /** {@code currentETag}: the contest's, which {@code ifMatch} must quote. */
    Approved approve(Contest c, ContestTallies.Rounds rounds, ContestApprovalInput in, String ifMatch,
            String currentETag) {
        if (c.state == Contest.State.APPROVED) {
            throw ContestProblems.conflict("Contest " + c.code + " was already approved by decision " + c.decisionNumber
                    + " of " + c.decisionDate + ".");
        }
        if (c.state != Contest.State.ANNOUNCED) {
            throw ContestProblems.conflict("Contest " + c.code + " is " + c.state + ": announce it before approval.");
        }
        Preconditions.requireIfMatch(ifMatch, currentETag);
        if (in.decisionDate().isBefore(c.heldOn)) {
            throw ContestProblems.refused("decisionDate", "decisionDate " + in.decisionDate()
                    + " is before the election was held (" + c.heldOn + ").");
        }
        Organization body = congress.body(c.organizationCode).orElseThrow();
        if (body.dissolutionDate != null && in.decisionDate().isAfter(body.dissolutionDate)) {
            throw ContestProblems.refused("decisionDate", "decisionDate " + in.decisionDate() + " is after " + body.code
                    + " ended (" + body.dissolutionDate + "): nobody can sit on it then.");
        }
        c.state = Contest.State.APPROVED;
        c.decisionNumber = in.decisionNumber().trim();
        c.decisionDate = in.decisionDate();
        List<Membership> created = new ArrayList<>();
        SortedMap<String, String> newPeople = new TreeMap<>();
        rounds.elected().forEach(id -> created.add(membership(c, id, false, newPeople)));
        rounds.alternates().forEach(id -> created.add(membership(c, id, true, newPeople)));
        Membership.flush();
        List<Change> memberships = created.stream().map(m -> Change.created(PublishedEntities.MEMBERSHIP, m.id,
                MembershipView.of(m, roster.person(m.personId).orElseThrow()))).toList();
        return new Approved(created, rosterChanges.of(memberships, created, newPeople));
    }

    private Membership membership(Contest c, String candidateId, boolean alternate,
            SortedMap<String, String> newPeople) {
        Contest.Candidate candidate = c.candidate(candidateId);
        if (candidate.personId == null) {
            Person p = newPerson(candidate.name);
            candidate.personId = p.id;
            newPeople.put(p.id, p.name);
        }
        Membership m = new Membership();
        m.personId = candidate.personId;
        m.organizationCode = c.organizationCode;
        m.postCode = c.postCode;
        String[] role = role(c, alternate);
        m.roleVi = role[0];
        m.roleEn = role[1];
        m.startDate = c.decisionDate;
        m.startReason = Membership.StartReason.ELECTED;
        m.contestCode = c.code;
        m.sourceVi = "Trúng cử" + (alternate ? " dự khuyết" : "") + ": " + c.nameVi + ", ngày "
                + c.heldOn.format(VIETNAMESE_DATE) + "; chuẩn y: Quyết định " + c.decisionNumber + " ngày "
                + c.decisionDate.format(VIETNAMESE_DATE) + ".";
        m.persist();
        return m;
    }

    /** The post's label for a post; otherwise member, or delegate for a delegation; alternates say so. */
    private String[] role(Contest c, boolean alternate) {
        if (c.postCode != null) {
            Post post = congress.post(c.postCode).orElseThrow();
            return new String[] {post.labelVi, post.labelEn};
        }
        boolean delegation = "delegation".equals(congress.body(c.organizationCode).orElseThrow().classification);
        if (delegation) {
            return alternate ? new String[] {"Đại biểu dự khuyết", "Alternate delegate"}
                    : new String[] {"Đại biểu chính thức", "Delegate"};
        }
        return alternate ? new String[] {"Ủy viên dự khuyết", "Alternate member"} : new String[] {"Ủy viên", "Member"};
    }

    private Person newPerson(String name) {
        VietnameseNames.Parts parts = VietnameseNames.split(name);
        Person p = new Person();
        p.id = freeId(Slugs.of(name));
        p.name = name;
        p.familyName = parts.family();
        p.middleName = parts.middle().isEmpty() ? null : parts.middle();
        p.givenName = parts.given();
        p.persist();
        return p;
    }

    private String freeId(String slug) {
        String base = slug.isEmpty() ? "person" : slug.substring(0, Math.min(slug.length(), 56)).replaceAll("-+$", "");
        String id = base;
        for (int n = 2; roster.person(id).isPresent(); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
