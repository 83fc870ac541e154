package vn.backan.congress.elections.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The congress as the seed reports it: dates, venue, delegates, motto, guests, documents adopted. */
@Entity
@Table(name = "congress")
public class Congress extends PanacheEntityBase {

    @Id
    public String code;
    public short ordinal;
    @Column(name = "name_vi")
    public String nameVi;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "term_start")
    public short termStart;
    @Column(name = "term_end")
    public short termEnd;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;
    @Column(name = "venue_vi")
    public String venueVi;
    @Column(name = "venue_en")
    public String venueEn;
    @Column(name = "delegates_summoned")
    public short delegatesSummoned;
    @Column(name = "delegates_ex_officio")
    public short delegatesExOfficio;
    @Column(name = "delegates_elected")
    public short delegatesElected;
    @Column(name = "party_members_represented")
    public int partyMembersRepresented;
    public short delegations;
    @Column(name = "motto_vi")
    public String mottoVi;
    @Column(name = "motto_en")
    public String mottoEn;
    @Column(name = "call_to_action_vi", columnDefinition = "TEXT")
    public String callToActionVi;
    @Column(name = "call_to_action_en", columnDefinition = "TEXT")
    public String callToActionEn;
    @Column(name = "other_guests_vi", columnDefinition = "TEXT")
    public String otherGuestsVi;
    @Column(name = "other_guests_en", columnDefinition = "TEXT")
    public String otherGuestsEn;
    @Column(name = "source_vi", columnDefinition = "TEXT")
    public String sourceVi;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "congress_guest", joinColumns = @JoinColumn(name = "congress_code"))
    @OrderBy("position")
    public List<Guest> guests = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "congress_document", joinColumns = @JoinColumn(name = "congress_code"))
    @OrderBy("position")
    public List<Document> documents = new ArrayList<>();

    /** A guest the seed names, with the title it gives. */
    @Embeddable
    public static class Guest {
        public short position;
        public String name;
        @Column(name = "title_vi")
        public String titleVi;
        @Column(name = "title_en")
        public String titleEn;
    }

    /** A document the congress adopted: its heading and summary in the seed. */
    @Embeddable
    public static class Document {
        public short position;
        public String code;
        @Column(name = "heading_vi")
        public String headingVi;
        @Column(name = "heading_en")
        public String headingEn;
        @Column(name = "summary_vi", columnDefinition = "TEXT")
        public String summaryVi;
        @Column(name = "summary_en", columnDefinition = "TEXT")
        public String summaryEn;
    }
}
