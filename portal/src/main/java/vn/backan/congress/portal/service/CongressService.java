package vn.backan.congress.portal.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
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

    @Inject
    @RestClient
    ElectionsApi elections;

    public Congress of(String onDate, Lang lang) {
        Section<Facts> facts = Section.read(SERVICE, () -> facts(elections.congress(), lang));
        Section<List<Body>> bodies = Section.read(SERVICE, () -> Texts.items(elections.bodies(onDate))
                .stream().map(b -> body(b, onDate, lang)).toList());
        Section<List<Leader>> posts = Section.read(SERVICE, () -> {
            List<Leader> holders = new ArrayList<>();
            for (JsonNode p : Texts.items(elections.posts(onDate))) {
                for (JsonNode h : p.path("holders")) {
                    holders.add(new Leader(Texts.of(p.path("label"), lang), h.path("person").path("name").asText()));
                }
            }
            return holders;
        });
        return new Congress(onDate, facts, bodies, posts);
    }

    private Body body(JsonNode b, String onDate, Lang lang) {
        List<Member> members = new ArrayList<>();
        for (JsonNode m : elections.members(b.path("code").asText(), onDate)) {
            members.add(new Member(m.path("person").path("name").asText(), Texts.of(m.path("role"), lang)));
        }
        String seats = b.path("seats").isNumber() ? b.path("seats").asText() : "";
        return new Body(b.path("code").asText(), Texts.of(b.path("name"), lang), seats, members);
    }

    private static Facts facts(JsonNode c, Lang lang) {
        List<Leader> leaders = new ArrayList<>();
        for (JsonNode l : c.path("leaders")) {
            leaders.add(new Leader(Texts.of(l.path("post"), lang), l.path("name").asText()));
        }
        JsonNode d = c.path("delegates");
        return new Facts(Texts.of(c.path("name"), lang), c.path("startDate").asText() + " – " + c.path("endDate").asText(),
                Texts.of(c.path("venue"), lang), d.path("summoned").asInt(), d.path("exOfficio").asInt(),
                d.path("electedBySubordinateCongresses").asInt(), Texts.of(c.path("motto"), lang), leaders);
    }
}
