package vn.backan.congress.elections.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.text.LocalizedText;
import vn.backan.congress.elections.domain.Congress;
import vn.backan.congress.elections.domain.Organization;
import vn.backan.congress.elections.domain.Person;
import vn.backan.congress.elections.domain.Post;
import vn.backan.congress.elections.store.CongressQueries;
import vn.backan.congress.elections.store.Roster;

/**
 * The congress, its bodies and posts, and the people, as their reads serve them: the one read model
 * the resources and the changes feed both render from.
 */
@ApplicationScoped
public class CongressViews {

    @Inject
    CongressQueries congress;

    @Inject
    Roster roster;

    /** The congress as GET serves it, its leaders those holding a post on its last day. */
    public CongressView congress() {
        Congress c = congress.congress();
        List<CongressView.SessionView> sessions = congress.sessionsOf(c.code).stream().map(e -> new CongressView.SessionView(e.code, LocalizedText.of(e.nameVi, e.nameEn), e.startDate,
                        e.endDate)).toList();
        return new CongressView(c.code, c.ordinal, LocalizedText.of(c.nameVi, c.nameEn), c.termStart, c.termEnd,
                c.startDate, c.endDate, LocalizedText.of(c.venueVi, c.venueEn), sessions,
                new CongressView.Delegates(c.delegatesSummoned, c.delegatesExOfficio, c.delegatesElected,
                        c.partyMembersRepresented, c.delegations),
                LocalizedText.of(c.mottoVi, c.mottoEn),
                c.guests.stream().map(g -> new CongressView.GuestView(g.name, LocalizedText.of(g.titleVi, g.titleEn))).toList(),
                LocalizedText.of(c.otherGuestsVi, c.otherGuestsEn),
                c.documents.stream().map(d -> new CongressView.DocumentView(d.code, LocalizedText.of(d.headingVi, d.headingEn),
                        LocalizedText.of(d.summaryVi, d.summaryEn))).toList(),
                LocalizedText.of(c.callToActionVi, c.callToActionEn), leaders(c.endDate), c.sourceVi);
    }

    /** Everyone holding a post on the congress's last day, the Secretary first. */
    private List<CongressView.LeaderView> leaders(LocalDate day) {
        return congress.posts().stream().flatMap(post -> roster.holdersOf(post.code).stream()
                .filter(m -> m.activeOn(day))
                .map(m -> {
                    Person person = roster.person(m.personId).orElseThrow();
                    return new CongressView.LeaderView(post.code, LocalizedText.of(post.labelVi, post.labelEn), person.id, person.name);
                })).toList();
    }

    /** A body with its members counted on {@code asOf} (default: its founding day). */
    public BodyView body(Organization o, LocalDate asOf) {
        LocalDate day = asOf != null ? asOf : o.foundingDate;
        long named = day == null ? 0 : roster.memberships(new Roster.Filter(o.code, null, null, day)).stream()
                .filter(m -> m.postCode == null).map(m -> m.personId).distinct().count();
        Integer unnamed = o.seats == null ? null : Math.max(0, o.seats + o.alternateSeats - (int) named);
        List<String> posts = congress.postsOf(o.code).stream().map(p -> p.code).toList();
        return new BodyView(o.code, LocalizedText.of(o.nameVi, o.nameEn), o.classification, o.parentCode,
                o.seats == null ? null : (int) o.seats, o.alternateSeats, named, unnamed, posts, o.foundingDate,
                o.dissolutionDate, o.sourceVi);
    }

    public Organization findBody(String code) {
        return congress.body(code)
                .orElseThrow(() -> ProblemException.of(ProblemType.HTTP, 404, "There is no body " + code + "."));
    }

    /** A post with its holders on {@code asOf} (all of them without it). */
    public PostView post(Post p, LocalDate asOf) {
        Map<String, Person> people = roster.people();
        List<MembershipView> holders = roster.memberships(new Roster.Filter(null, null, p.code, asOf)).stream()
                .map(m -> MembershipView.of(m, people.get(m.personId))).toList();
        return new PostView(p.code, LocalizedText.of(p.labelVi, p.labelEn), p.organizationCode,
                p.seats == null ? null : (int) p.seats, holders);
    }

    public Post findPost(String code) {
        return congress.post(code)
                .orElseThrow(() -> ProblemException.of(ProblemType.HTTP, 404, "There is no post " + code + "."));
    }

    /** A person with every membership. */
    public PersonView person(Person p) {
        List<MembershipView> memberships = roster.memberships(new Roster.Filter(null, p.id, null, null)).stream()
                .map(m -> MembershipView.of(m, p)).toList();
        return new PersonView(p.id, p.name, p.familyName, p.middleName, p.givenName,
                p.titleAtElectionVi == null ? null : LocalizedText.of(p.titleAtElectionVi, p.titleAtElectionEn),
                memberships);
    }

    public Person findPerson(String id) {
        return roster.person(id)
                .orElseThrow(() -> ProblemException.of(ProblemType.HTTP, 404, "There is no person " + id + "."));
    }
}
