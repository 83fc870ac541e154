package vn.backan.congress.elections.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.backan.congress.elections.domain.Event;
import vn.backan.congress.elections.domain.Membership;
import vn.backan.congress.elections.domain.Organization;
import vn.backan.congress.elections.domain.Person;
import vn.backan.congress.elections.domain.Post;
import vn.backan.congress.elections.domain.VietnameseNames;
import vn.backan.congress.elections.store.CongressQueries;
import vn.backan.congress.elections.store.Roster;

/**
 * The data as Popolo JSON (popoloproject.com): persons, organizations, memberships, posts, events.
 * Popolo's own snake_case names are kept, so generic Popolo tools read it; only properties the
 * Popolo schemas define are written. Vietnamese is the primary name; English is an other name.
 */
@ApplicationScoped
public class PopoloExport {

    @Inject
    CongressQueries congress;

    @Inject
    Roster roster;

    public Map<String, Object> document() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("persons", roster.people().values().stream()
                .sorted(java.util.Comparator.comparing((Person p) -> p.name, VietnameseNames.ORDER))
                .map(PopoloExport::person).toList());
        doc.put("organizations", congress.bodies().stream()
                .map(PopoloExport::organization).toList());
        doc.put("memberships", roster.allMemberships().stream().map(PopoloExport::membership).toList());
        doc.put("posts", congress.posts().stream().map(PopoloExport::post).toList());
        doc.put("events", congress.events().stream().map(PopoloExport::event).toList());
        return doc;
    }

    private static Map<String, Object> person(Person p) {
        Map<String, Object> m = object("id", p.id, "name", p.name);
        put(m, "family_name", p.familyName);
        put(m, "given_name", p.givenName);
        put(m, "additional_name", p.middleName == null || p.middleName.isEmpty() ? null : p.middleName);
        // Vietnamese lists sort by the given name first.
        put(m, "sort_name", p.givenName + ", " + p.name.substring(0, p.name.lastIndexOf(' ')));
        put(m, "summary", p.titleAtElectionVi);
        return m;
    }

    private static Map<String, Object> organization(Organization o) {
        Map<String, Object> m = object("id", o.code, "name", o.nameVi);
        m.put("other_names", List.of(object("name", o.nameEn, "note", "English")));
        put(m, "classification", o.classification);
        put(m, "parent_id", o.parentCode);
        put(m, "founding_date", o.foundingDate == null ? null : o.foundingDate.toString());
        put(m, "dissolution_date", o.dissolutionDate == null ? null : o.dissolutionDate.toString());
        put(m, "description", o.sourceVi);
        return m;
    }

    private static Map<String, Object> membership(Membership ms) {
        Map<String, Object> m = object("id", "membership-" + ms.id, "person_id", ms.personId);
        m.put("organization_id", ms.organizationCode);
        put(m, "post_id", ms.postCode);
        put(m, "role", ms.roleVi);
        put(m, "start_date", ms.startDate.toString());
        put(m, "end_date", ms.endDate == null ? null : ms.endDate.toString());
        return m;
    }

    private static Map<String, Object> post(Post p) {
        Map<String, Object> m = object("id", p.code, "label", p.labelVi);
        m.put("other_label", List.of(p.labelEn));
        m.put("organization_id", p.organizationCode);
        return m;
    }

    private static Map<String, Object> event(Event e) {
        Map<String, Object> m = object("id", e.code, "name", e.nameVi);
        put(m, "description", e.nameEn);
        put(m, "classification", e.classification);
        put(m, "start_date", e.startDate.toString());
        put(m, "end_date", e.endDate.toString());
        put(m, "location", e.locationVi);
        put(m, "parent_id", e.parentCode);
        put(m, "organization_id", e.organizationCode);
        return m;
    }

    private static Map<String, Object> object(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
