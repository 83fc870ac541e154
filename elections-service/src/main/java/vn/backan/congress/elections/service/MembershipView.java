package vn.backan.congress.elections.service;

import java.time.LocalDate;
import vn.backan.congress.commons.text.LocalizedText;
import vn.backan.congress.elections.domain.Membership;
import vn.backan.congress.elections.domain.Person;

/** A membership as served: who, which body and post, from when to when, and why it started and ended. */
public record MembershipView(long id, PersonRef person, String bodyCode, String postCode, LocalizedText role,
        LocalDate startDate, Membership.StartReason startReason, LocalDate endDate, Membership.EndReason endReason,
        String endNote, String sourceVi, String contestCode) {

    /** A person named in a listing: the id to follow and the name to show. */
    public record PersonRef(String id, String name) {
    }

    public static MembershipView of(Membership m, Person p) {
        return new MembershipView(m.id, new PersonRef(p.id, p.name), m.organizationCode, m.postCode,
                LocalizedText.of(m.roleVi, m.roleEn), m.startDate, m.startReason, m.endDate, m.endReason, m.endNote,
                m.sourceVi, m.contestCode);
    }
}
