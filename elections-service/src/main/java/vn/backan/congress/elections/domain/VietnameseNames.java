package vn.backan.congress.elections.domain;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import vn.backan.congress.commons.text.VietnameseText;

/**
 * Vietnamese personal names: family name first, given name last. Lists sort by the given name,
 * then by the rest of the name (family and middle), in Vietnamese alphabetical order
 * (a ă â b c d đ e ê ..., tones after the bare letter), as Vietnamese name lists are printed.
 */
public final class VietnameseNames {

    /** A name split into its parts; middle is empty for two-word names. */
    public record Parts(String family, String middle, String given) {
    }

    private static final Collator COLLATOR = collator();

    /** Orders full names as Vietnamese lists do. */
    public static final Comparator<String> ORDER = Comparator.comparing(VietnameseNames::givenName, COLLATOR)
            .thenComparing(VietnameseNames::rest, COLLATOR).thenComparing(Comparator.naturalOrder());

    private VietnameseNames() {
    }

    public static Parts split(String fullName) {
        String[] words = VietnameseText.nfc(fullName).trim().split("\\s+");
        if (words.length < 2) {
            throw new IllegalArgumentException("A Vietnamese full name has a family name and a given name: " + fullName);
        }
        return new Parts(words[0], String.join(" ", Arrays.copyOfRange(words, 1, words.length - 1)),
                words[words.length - 1]);
    }

    static String givenName(String fullName) {
        String[] words = fullName.trim().split("\\s+");
        return words[words.length - 1];
    }

    static String rest(String fullName) {
        String trimmed = fullName.trim();
        int last = trimmed.lastIndexOf(' ');
        return last < 0 ? "" : trimmed.substring(0, last);
    }

    private static Collator collator() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
        collator.setStrength(Collator.TERTIARY);
        collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        return collator;
    }
}
