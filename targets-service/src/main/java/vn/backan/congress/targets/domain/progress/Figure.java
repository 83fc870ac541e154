package vn.backan.congress.targets.domain.progress;

import java.math.BigDecimal;
import java.util.Objects;
import vn.backan.congress.targets.domain.Quality;

/**
 * One yearly figure of an indicator for one org unit, as the evaluator needs it. What the value means
 * depends on the target: a level, a yearly growth rate in percent, a yearly amount, or a milestone flag
 * (1 done, 0 not done).
 */
public record Figure(int year, BigDecimal value, Quality quality) {

    public Figure {
        Objects.requireNonNull(value, "value");
        quality = quality == null ? Quality.FINAL : quality;
    }

    public static Figure of(int year, String value) {
        return new Figure(year, new BigDecimal(value), Quality.FINAL);
    }

    public boolean isSeriesBreak() {
        return quality == Quality.SERIES_BREAK;
    }

    double asDouble() {
        return value.doubleValue();
    }
}
