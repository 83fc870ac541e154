package vn.backan.congress.elections.service;

import java.util.List;
import vn.backan.congress.commons.text.LocalizedText;

/** A post with its holders. */
public record PostView(String code, LocalizedText label, String bodyCode, Integer seats,
        List<MembershipView> holders) {
}
