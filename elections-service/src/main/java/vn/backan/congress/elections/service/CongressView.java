package vn.backan.congress.elections.service;

import java.time.LocalDate;
import java.util.List;
import vn.backan.congress.commons.text.LocalizedText;

/** The congress as its read serves it. */
public record CongressView(String code, int ordinal, LocalizedText name, int termStart, int termEnd,
        LocalDate startDate, LocalDate endDate, LocalizedText venue, List<SessionView> sessions,
        Delegates delegates, LocalizedText motto, List<GuestView> guests, LocalizedText otherGuests,
        List<DocumentView> documents, LocalizedText callToAction, List<LeaderView> leaders, String sourceVi) {

    public record SessionView(String code, LocalizedText name, LocalDate startDate, LocalDate endDate) {
    }

    /** 345 summoned = 45 ex officio + 300 elected by the subordinate congresses. */
    public record Delegates(int summoned, int exOfficio, int electedBySubordinateCongresses,
            int partyMembersRepresented, int delegations) {
    }

    public record GuestView(String name, LocalizedText title) {
    }

    public record DocumentView(String code, LocalizedText heading, LocalizedText summary) {
    }

    /** The holder of a post, as the congress's first plenum elected them. */
    public record LeaderView(String postCode, LocalizedText post, String personId, String name) {
    }
}
