package vn.backan.congress.portal.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.backan.congress.client.model.BodyView;
import vn.backan.congress.client.model.CongressView;
import vn.backan.congress.client.model.Delegates;
import vn.backan.congress.client.model.LeaderView;
import vn.backan.congress.client.model.MembershipView;
import vn.backan.congress.client.model.PersonRef;
import vn.backan.congress.client.model.PostView;
import vn.backan.congress.portal.client.ElectionsApi;
import vn.backan.congress.portal.domain.Lang;

/** The congress's facts, its bodies with their members on a day, and the posts with their holders. */
@ApplicationScoped
public class CongressService {

    public record Leader(String post, String name) {
    }

    public record Facts(String name, String dates, String venue, int summoned, int exOfficio, int elected,
            String motto, List<Leader> leaders) {
    }

    public record Member(String name, String role) {
    }

    public record Body(String code, String name, String seats, List<Member> members) {
    }

    public record Congress(String onDate, Section<Facts> facts, Section<List<Body>> bodies, Section<List<Leader>> posts) {
    }

    private static final String SERVICE = "elections-service";

    private final ElectionsApi elections;

    @Inject
    public CongressService(@RestClient ElectionsApi elections) {
        this.elections = elections;
    }

    public Congress of(String onDate, Lang lang) {
        Section<Facts> facts = Section.read(SERVICE, () -> facts(elections.congress(), lang));
        Section<List<Body>> bodies = Section.read(SERVICE, () -> Texts.orEmpty(elections.bodies(onDate).getItems())
                .stream().map(b -> body(b, onDate, lang)).toList());
        Section<List<Leader>> posts = Section.read(SERVICE, () -> {
            List<Leader> holders = new ArrayList<>();
            for (PostView p : Texts.orEmpty(elections.posts(onDate).getItems())) {
                for (MembershipView h : Texts.orEmpty(p.getHolders())) {
                    holders.add(new Leader(Texts.of(p.getLabel(), lang), name(h.getPerson())));
                }
            }
            return holders;
        });
        return new Congress(onDate, facts, bodies, posts);
    }

    private Body body(BodyView b, String onDate, Lang lang) {
        List<Member> members = new ArrayList<>();
        for (MembershipView m : Texts.orEmpty(elections.members(b.getCode(), onDate))) {
            members.add(new Member(name(m.getPerson()), Texts.of(m.getRole(), lang)));
        }
        return new Body(b.getCode(), Texts.of(b.getName(), lang), Texts.shown(b.getSeats()), members);
    }

    private static String name(PersonRef person) {
        return person == null ? "" : Texts.shown(person.getName());
    }

    private static Facts facts(CongressView c, Lang lang) {
        List<Leader> leaders = new ArrayList<>();
        for (LeaderView l : Texts.orEmpty(c.getLeaders())) {
            leaders.add(new Leader(Texts.of(l.getPost(), lang), Texts.shown(l.getName())));
        }
        Delegates d = c.getDelegates() == null ? new Delegates() : c.getDelegates();
        String dates = Texts.shown(c.getStartDate()) + " – " + Texts.shown(c.getEndDate());
        return new Facts(Texts.of(c.getName(), lang), dates, Texts.of(c.getVenue(), lang),
                Texts.orZero(d.getSummoned()), Texts.orZero(d.getExOfficio()),
                Texts.orZero(d.getElectedBySubordinateCongresses()), Texts.of(c.getMotto(), lang), leaders);
    }
}
