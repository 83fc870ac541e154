package vn.backan.congress.targets.domain.reporting;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a figure stands in the sentence that states it, written as Vietnamese writes numbers: a dot
 * between thousands and a comma before decimals (1035 is "1.035", 742.5 is "742,5"), as a whole
 * number, never a part of a longer one ("35" is not in "1.035"); leading zeros are allowed ("01").
 */
public final class FigureInQuote {

    private FigureInQuote() {
    }

    /** The index of the figure's first character in {@code quote}, or -1 when the quote does not state it. */
    public static int find(String quote, BigDecimal value) {
        if (quote == null || value == null) {
            return -1;
        }
        Matcher m = Pattern.compile("(?<![0-9.,])0*" + Pattern.quote(vietnamese(value)) + "(?![0-9]|[.,][0-9])")
                .matcher(quote);
        return m.find() ? m.start() : -1;
    }

    /** 1035 as "1.035", 742.5 as "742,5", 18.50 as "18,50" (the precision given is kept). */
    public static String vietnamese(BigDecimal value) {
        String[] parts = value.toPlainString().split("\\.");
        String whole = parts[0].replaceAll("(?<=[0-9])(?=([0-9]{3})+$)", ".");
        return parts.length == 1 ? whole : whole + "," + parts[1];
    }
}
