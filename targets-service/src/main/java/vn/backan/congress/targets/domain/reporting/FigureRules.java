package vn.backan.congress.targets.domain.reporting;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Which values make sense for an indicator's unit: shares stay within 0–100, counts and amounts are
 * not negative, and a milestone's figure is a flag (1 done, 0 not yet), which progress reads as such.
 */
final class FigureRules {

    static final int FIRST_YEAR = 2020;
    static final int LAST_YEAR = 2025;

    private static final Set<String> SHARES = Set.of("percent", "percent_of_grdp", "percent_of_population");
    /** Rates of change may be negative (a shrinking sector); everything else here is a count or an amount. */
    private static final Set<String> SIGNED = Set.of("percent_per_year", "percent_decrease_per_year", "points_per_year");

    private FigureRules() {
    }

    /** Null when the value is a milestone flag, else the reason it is not. */
    static String notAFlag(BigDecimal value) {
        boolean flag = value.compareTo(BigDecimal.ZERO) == 0 || value.compareTo(BigDecimal.ONE) == 0;
        return flag ? null : "a milestone is reported as 1 (done) or 0 (not yet), not " + value.toPlainString();
    }

    /** Null when the value fits the unit (null for none), else the reason it does not. */
    static String outOfRange(String indicatorUnit, BigDecimal value) {
        String unit = indicatorUnit == null ? "" : indicatorUnit;
        if (SHARES.contains(unit) && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            return "a percentage must be between 0 and 100, not " + value.toPlainString();
        }
        if (!SHARES.contains(unit) && !SIGNED.contains(unit) && value.signum() < 0) {
            return "a count or amount (" + unit + ") cannot be negative: " + value.toPlainString();
        }
        return null;
    }
}
