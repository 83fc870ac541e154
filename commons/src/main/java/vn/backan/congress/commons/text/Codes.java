package vn.backan.congress.commons.text;

import java.util.Optional;
import java.util.function.Function;

/**
 * The one shape of the codes that identify things across the API (indicators, programs, org
 * units, bodies, contests): upper-case letters and digits in groups joined by single hyphens, at
 * most 64 characters, such as ECO-GRDP-PER-CAPITA, KP-3-AGRI-FORESTRY or 058. Upper case only,
 * so that a code means one thing: the databases compare case-insensitively, and "bud-revenue"
 * must not slip in beside "BUD-REVENUE".
 */
public final class Codes {

    /** For {@code @Pattern(regexp = Codes.CODE, message = Codes.MESSAGE)}. */
    public static final String CODE = "(?=.{1,64}$)[A-Z0-9]+(?:-[A-Z0-9]+)*";
    public static final String MESSAGE = "must be a code of upper-case letters and digits joined by single hyphens,"
            + " at most 64 characters, such as BUD-REVENUE or 058";

    private Codes() {
    }

    public static boolean isCode(String text) {
        return text != null && text.matches(CODE);
    }

    /**
     * What is stored under {@code code}, found only when {@code code} is a code spelled exactly as
     * stored. The databases' collation folds case, width, trailing spaces and NUL, which suits a
     * search but not an identifier: "lab-jobs", "LAB-JOBS " and "０６" find nothing.
     */
    public static <T> Optional<T> exactly(String code, Function<String, Optional<T>> find,
            Function<T, String> storedCode) {
        return isCode(code) ? find.apply(code).filter(found -> code.equals(storedCode.apply(found))) : Optional.empty();
    }
}
