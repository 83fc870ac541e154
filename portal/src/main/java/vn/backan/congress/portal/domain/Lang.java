package vn.backan.congress.portal.domain;

import java.util.Locale;

/** The two languages of the portal: Vietnamese first, English beside it; each page's URL names one. */
public enum Lang {
    VI, EN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The other language: the one the switch links to. */
    public Lang other() {
        return this == VI ? EN : VI;
    }

    /** The language a path segment or parameter names; null for anything else. */
    public static Lang of(String code) {
        return "vi".equals(code) ? VI : "en".equals(code) ? EN : null;
    }

    /** Picks the Vietnamese or English text of a {@code {"vi": …, "en": …}} pair. */
    public String pick(String vi, String en) {
        return this == EN && en != null && !en.isBlank() ? en : vi;
    }
}
