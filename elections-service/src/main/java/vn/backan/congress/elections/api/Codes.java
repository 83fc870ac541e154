package vn.backan.congress.elections.api;

import java.util.regex.Pattern;
import vn.backan.congress.commons.text.VietnameseText;

/** The shapes of identifiers clients choose, and the slug a name folds to. */
final class Codes {

    /** Contest codes, like the seed's: DH-XII-EXECUTIVE-COMMITTEE. */
    static final String CODE = "[A-Z0-9]+(-[A-Z0-9]+)*";
    static final String CODE_MESSAGE = "must be upper-case letters and digits joined by single hyphens";
    /** Candidate and person ids: hoang-duy-chinh. */
    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String SLUG_MESSAGE = "must be lower-case letters and digits joined by single hyphens";

    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private Codes() {
    }

    /** "Nguyễn Văn Đức" → "nguyen-van-duc". Accents fold away, so two people may share a slug. */
    static String slug(String name) {
        String slug = NOT_SLUG.matcher(VietnameseText.fold(name)).replaceAll("-");
        return slug.replaceAll("^-+|-+$", "");
    }
}
