package vn.backan.congress.targets.domain.reporting;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.backan.congress.targets.domain.Quality;

/**
 * How final a published figure is, read from its sentence and its page's date, by one rule:
 * <ol>
 *   <li>ESTIMATE when an estimate word ("ước", so also "ước đạt", "ước tính", "dự ước") stands before
 *       the figure in its own clause. Clauses are the parts of the sentence between semicolons; a
 *       clause whose "ước" comes before "trong đó" (of which) passes it on to the clauses after it.
 *       An "ước" that belongs to another clause does not make the figure an estimate;</li>
 *   <li>otherwise FINAL when the page is dated after the figure's year closed;</li>
 *   <li>otherwise PRELIMINARY: the page is dated within the year, or not dated at all, so it cannot
 *       show that the year had closed.</li>
 * </ol>
 * A row may say SERIES_BREAK or REVISED where the rule says FINAL: both are final figures, one
 * under a new standard, one replacing an earlier final figure.
 */
public final class QualityRule {

    /** "ước" as a word of its own: not the "ước" inside "nước" or "được". */
    private static final Pattern ESTIMATE = Pattern.compile("(?<!\\p{L})ước(?!\\p{L})");
    private static final String OF_WHICH = "trong đó";

    private QualityRule() {
    }

    /**
     * @param publishedOn the page's date as precise as it gives it (2024, 2024-01, 2024-01-15), or
     *                    null when the page shows none
     * @param year        the year the figure describes
     */
    public static Quality derive(String quote, BigDecimal value, String publishedOn, int year) {
        if (isEstimate(quote, value)) {
            return Quality.ESTIMATE;
        }
        if (publishedOn != null && publishedOn.length() >= 4
                && Integer.parseInt(publishedOn.substring(0, 4)) > year) {
            return Quality.FINAL;
        }
        return Quality.PRELIMINARY;
    }

    /** True when {@code stated} is what the rule derives, SERIES_BREAK and REVISED standing for FINAL. */
    public static boolean agrees(Quality stated, Quality derived) {
        return stated == derived
                || (derived == Quality.FINAL && (stated == Quality.SERIES_BREAK || stated == Quality.REVISED));
    }

    static boolean isEstimate(String quote, BigDecimal value) {
        int at = FigureInQuote.find(quote, value);
        if (at < 0) {
            return false;
        }
        String before = quote.substring(0, at).toLowerCase(Locale.ROOT);
        int clauseStart = before.lastIndexOf(';') + 1;
        if (ESTIMATE.matcher(before.substring(clauseStart)).find()) {
            return true;
        }
        // An earlier clause's estimate reaches this one only through its "trong đó".
        String earlier = before.substring(0, Math.max(0, clauseStart - 1));
        for (String clause : earlier.split(";")) {
            int ofWhich = clause.indexOf(OF_WHICH);
            if (ofWhich > 0 && ESTIMATE.matcher(clause.substring(0, ofWhich)).find()) {
                return true;
            }
        }
        return false;
    }
}
