package vn.backan.congress.elections.service;

import java.util.List;
import vn.backan.congress.commons.text.LocalizedText;

/** A person with every membership. */
public record PersonView(String id, String name, String familyName, String middleName, String givenName,
        LocalizedText titleAtElection, List<MembershipView> memberships) {
}
