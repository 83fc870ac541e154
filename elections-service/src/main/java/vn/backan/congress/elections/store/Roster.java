package vn.backan.congress.elections.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.backan.congress.elections.domain.Membership;
import vn.backan.congress.elections.domain.Organization;
import vn.backan.congress.elections.domain.Person;
import vn.backan.congress.elections.domain.Slugs;
import vn.backan.congress.elections.domain.VietnameseNames;

/**
 * Who sat where: memberships filtered by body, person, post and day, in Vietnamese name order.
 * A membership never outlasts its body: on a day after the body's dissolution nobody sits on it.
 */
@ApplicationScoped
public class Roster {

    public record Filter(String body, String person, String post, LocalDate asOf) {
    }

    public List<Membership> memberships(Filter f) {
        Map<String, Person> people = people();
        Map<String, Organization> bodies = Organization.<Organization>listAll().stream()
                .collect(Collectors.toMap(o -> o.code, Function.identity()));
        return Membership.<Membership>listAll().stream()
                .filter(m -> f.body() == null || m.organizationCode.equals(f.body()))
                .filter(m -> f.person() == null || m.personId.equals(f.person()))
                .filter(m -> f.post() == null || f.post().equals(m.postCode))
                .filter(m -> f.asOf() == null || sitting(m, bodies.get(m.organizationCode), f.asOf()))
                .sorted(Comparator.comparing((Membership m) -> people.get(m.personId).name, VietnameseNames.ORDER)
                        .thenComparing(m -> m.organizationCode).thenComparing(m -> m.id))
                .toList();
    }

    public Map<String, Person> people() {
        return Person.<Person>listAll().stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
    }

    /** Only the id as stored: a person's id is a slug, and the collation would fold its case. */
    public Optional<Person> person(String id) {
        return id != null && id.matches(Slugs.SLUG)
                ? Person.<Person>findByIdOptional(id).filter(p -> p.id.equals(id)) : Optional.empty();
    }

    public Optional<Membership> membership(long id) {
        return Membership.findByIdOptional(id);
    }

    /** Every membership in the order it was recorded. */
    public List<Membership> allMemberships() {
        return Membership.list("order by id");
    }

    public List<Membership> holdersOf(String postCode) {
        return Membership.list("postCode = ?1 order by id", postCode);
    }

    public static boolean sitting(Membership m, Organization body, LocalDate day) {
        return m.activeOn(day) && (body.dissolutionDate == null || !body.dissolutionDate.isBefore(day));
    }
}
