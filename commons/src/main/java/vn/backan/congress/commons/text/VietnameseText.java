package vn.backan.congress.commons.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text rules shared by every service: stored text is NFC; search compares a folded form
 * in which case, tone marks, vowel marks and the stroke of đ are gone ("Đảng" and "dang" fold alike).
 * Folding is only for matching: keys and display keep the exact, accented text.
 */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseText() {
    }

    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String unmarked = MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(unmarked.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** Whether {@code query} occurs in {@code text}, ignoring case and diacritics. */
    public static boolean foldedContains(String text, String query) {
        return text != null && query != null && fold(text).contains(fold(query));
    }
}
