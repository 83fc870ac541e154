package vn.backan.congress.targets.domain.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.backan.congress.targets.domain.Qualifier;

/**
 * Reads whether a figure is a bound from the words right before it in its sentence: "đạt trên 562
 * kg" is ABOVE 562, "hơn 30 sản phẩm" ABOVE 30, "gần 900" BELOW 900, "đạt 6,33%" EXACT. Verbs and
 * estimate words between the bound and the figure ("trên", then "ước đạt") do not hide it; "từ 30
 * … trở lên" is AT_LEAST when "trở lên" follows the figure's unit.
 */
public final class QualifierRule {

    /** Longest first, so "không quá" is read before "quá" could be. */
    private static final Map<String, Qualifier> BEFORE = new java.util.LinkedHashMap<>();
    private static final List<String> FILLERS = List.of("ước đạt", "ước tính", "dự ước", "ước", "đạt", "được",
            "là", "có", "ở mức", "mức");
    /** How far after the figure "trở lên" may stand and still belong to it ("từ 30 tỷ đồng trở lên"). */
    private static final int UNIT_SPAN = 24;

    static {
        BEFORE.put("không quá", Qualifier.AT_MOST);
        BEFORE.put("không vượt quá", Qualifier.AT_MOST);
        BEFORE.put("tối đa", Qualifier.AT_MOST);
        BEFORE.put("ít nhất", Qualifier.AT_LEAST);
        BEFORE.put("tối thiểu", Qualifier.AT_LEAST);
        BEFORE.put("chưa đến", Qualifier.BELOW);
        BEFORE.put("chưa tới", Qualifier.BELOW);
        BEFORE.put("dưới", Qualifier.BELOW);
        BEFORE.put("gần", Qualifier.BELOW);
        BEFORE.put("trên", Qualifier.ABOVE);
        BEFORE.put("hơn", Qualifier.ABOVE);
        BEFORE.put("vượt", Qualifier.ABOVE);
    }

    private QualifierRule() {
    }

    /** What the sentence says of the figure; EXACT when the quote does not state it at all. */
    public static Qualifier of(String quote, BigDecimal value) {
        int at = FigureInQuote.find(quote, value);
        if (at < 0) {
            return Qualifier.EXACT;
        }
        String before = quote.substring(0, at).toLowerCase(Locale.ROOT).stripTrailing();
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String filler : FILLERS) {
                if (endsWithWord(before, filler)) {
                    before = before.substring(0, before.length() - filler.length()).stripTrailing();
                    stripped = true;
                }
            }
        }
        for (Map.Entry<String, Qualifier> word : BEFORE.entrySet()) {
            if (endsWithWord(before, word.getKey())) {
                return word.getValue();
            }
        }
        if (endsWithWord(before, "từ")) {
            String after = quote.substring(at, Math.min(quote.length(), at + FigureInQuote.vietnamese(value).length()
                    + UNIT_SPAN)).toLowerCase(Locale.ROOT);
            if (after.contains("trở lên")) {
                return Qualifier.AT_LEAST;
            }
        }
        return Qualifier.EXACT;
    }

    /** {@code text} ends with {@code word} standing as a word of its own ("trên", not "phía trên" 's "ên"). */
    private static boolean endsWithWord(String text, String word) {
        if (!text.endsWith(word)) {
            return false;
        }
        int start = text.length() - word.length();
        return start == 0 || !Character.isLetter(text.charAt(start - 1));
    }
}
