package vn.backan.congress.elections.domain;

import java.util.regex.Pattern;
import vn.backan.congress.commons.text.VietnameseText;

/** Person and candidate ids, such as hoang-duy-chinh, and the slug a name folds to. */
public final class Slugs {

    public static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String MESSAGE = "must be lower-case letters and digits joined by single hyphens";

    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    /** "Nguyễn Văn Đức" → "nguyen-van-duc". Accents fold away, so two people may share a slug. */
    public static String of(String name) {
        String slug = NOT_SLUG.matcher(VietnameseText.fold(name)).replaceAll("-");
        return slug.replaceAll("^-+|-+$", "");
    }
}
