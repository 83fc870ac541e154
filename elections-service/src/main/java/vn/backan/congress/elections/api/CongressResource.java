package vn.backan.congress.elections.api;

import vn.backan.congress.commons.rest.cache.CachedRead;
import vn.backan.congress.elections.service.Datasets;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.backan.congress.commons.text.LocalizedText;
import vn.backan.congress.elections.domain.Congress;
import vn.backan.congress.elections.domain.Person;
import vn.backan.congress.elections.store.CongressQueries;
import vn.backan.congress.elections.store.Roster;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The 12th provincial congress as the seed reports it. */
@Tag(name = "Congress", description = "The 12th provincial congress as the seed reports it.")
@CachedRead(Datasets.CONGRESS)
@Path("/api/v1/congress")
public class CongressResource {

    @Inject
    CongressQueries congress;

    @Inject
    Roster roster;

    public record CongressView(String code, int ordinal, LocalizedText name, int termStart, int termEnd,
            LocalDate startDate, LocalDate endDate, LocalizedText venue, List<SessionView> sessions,
            Delegates delegates, LocalizedText motto, List<GuestView> guests, LocalizedText otherGuests,
            List<DocumentView> documents, LocalizedText callToAction, List<LeaderView> leaders, String sourceVi) {
    }

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

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getCongress", summary = "Get the congress",
            description = "The congress: dates, sessions, delegates, motto, guests, documents adopted, call to action and the leaders it elected.")
    public CongressView congress() {
        Congress c = congress.congress();
        List<SessionView> sessions = congress.sessionsOf(c.code).stream().map(e -> new SessionView(e.code, LocalizedText.of(e.nameVi, e.nameEn), e.startDate,
                        e.endDate)).toList();
        return new CongressView(c.code, c.ordinal, LocalizedText.of(c.nameVi, c.nameEn), c.termStart, c.termEnd,
                c.startDate, c.endDate, LocalizedText.of(c.venueVi, c.venueEn), sessions,
                new Delegates(c.delegatesSummoned, c.delegatesExOfficio, c.delegatesElected,
                        c.partyMembersRepresented, c.delegations),
                LocalizedText.of(c.mottoVi, c.mottoEn),
                c.guests.stream().map(g -> new GuestView(g.name, LocalizedText.of(g.titleVi, g.titleEn))).toList(),
                LocalizedText.of(c.otherGuestsVi, c.otherGuestsEn),
                c.documents.stream().map(d -> new DocumentView(d.code, LocalizedText.of(d.headingVi, d.headingEn),
                        LocalizedText.of(d.summaryVi, d.summaryEn))).toList(),
                LocalizedText.of(c.callToActionVi, c.callToActionEn), leaders(c.endDate), c.sourceVi);
    }

    /** Everyone holding a post on the congress's last day, the Secretary first. */
    private List<LeaderView> leaders(LocalDate day) {
        return congress.posts().stream().flatMap(post -> roster.holdersOf(post.code).stream()
                .filter(m -> m.activeOn(day))
                .map(m -> {
                    Person person = roster.person(m.personId).orElseThrow();
                    return new LeaderView(post.code, LocalizedText.of(post.labelVi, post.labelEn), person.id, person.name);
                })).toList();
    }
}
