package vn.backan.congress.targets.domain.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import vn.backan.congress.targets.domain.AverageBasis;
import vn.backan.congress.targets.domain.Direction;
import vn.backan.congress.targets.domain.TargetKind;

/**
 * A target as data, the way the indicator table states it. A null inclusive flag counts as inclusive
 * ("đạt 1.100" is at least 1,100); "trên 62" is lower 62 exclusive, "dưới 17" upper 17 exclusive.
 *
 * <p>For targets on a level (AT_LEAST, AT_MOST, RANGE, MAINTAIN, CUMULATIVE) the seed's period starts at
 * the baseline year (2020–2025). For targets on yearly figures (AVERAGE, EACH_YEAR) it starts at the first
 * year that counts (2021–2025) and the baseline, where one is needed, is the year before.
 */
public record Target(TargetKind kind, AverageBasis averageBasis, Direction direction,
        BigDecimal lower, Boolean lowerInclusive, BigDecimal upper, Boolean upperInclusive,
        int periodFrom, int periodTo) {

    /** Derived values (a compound mean, say) are compared at this many decimals so 6.4999999999 is 6.5. */
    private static final int COMPARISON_SCALE = 9;

    public Target {
        Objects.requireNonNull(kind, "kind");
        direction = direction == null ? Direction.NONE : direction;
        if (periodFrom > periodTo) {
            throw new IllegalArgumentException("period " + periodFrom + "–" + periodTo + " runs backwards");
        }
    }

    /** The year progress is measured from, before any series break moves it. */
    public int baselineYear() {
        return kind == TargetKind.AVERAGE || kind == TargetKind.EACH_YEAR ? periodFrom - 1 : periodFrom;
    }

    /** Number of yearly figures the period holds (2021–2025: five). */
    int yearsInPeriod() {
        return periodTo - periodFrom + 1;
    }

    /** True when there is no lower bound or the value clears it, strictly if the bound is exclusive. */
    boolean clearsLower(double value) {
        if (lower == null) {
            return true;
        }
        int c = comparable(value).compareTo(lower);
        return c > 0 || (c == 0 && !Boolean.FALSE.equals(lowerInclusive));
    }

    /** True when there is no upper bound or the value stays under it, strictly if the bound is exclusive. */
    boolean clearsUpper(double value) {
        if (upper == null) {
            return true;
        }
        int c = comparable(value).compareTo(upper);
        return c < 0 || (c == 0 && !Boolean.FALSE.equals(upperInclusive));
    }

    private static BigDecimal comparable(double value) {
        return BigDecimal.valueOf(value).setScale(COMPARISON_SCALE, RoundingMode.HALF_UP);
    }
}
