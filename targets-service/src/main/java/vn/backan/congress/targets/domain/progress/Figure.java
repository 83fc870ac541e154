package vn.backan.congress.targets.domain.progress;

import java.math.BigDecimal;
import java.util.Objects;
import vn.backan.congress.targets.domain.Qualifier;
import vn.backan.congress.targets.domain.Quality;

/**
 * One yearly figure of an indicator for one org unit, as the evaluator needs it. What the value means
 * depends on the target: a level, a yearly growth rate in percent, a yearly amount, or a milestone flag
 * (1 done, 0 not done). A bound ("trên 562": ABOVE 562) says only on which side of the value the figure lies.
 */
public record Figure(int year, BigDecimal value, Quality quality, Qualifier qualifier) {

    public Figure {
        Objects.requireNonNull(value, "value");
        quality = quality == null ? Quality.FINAL : quality;
        qualifier = qualifier == null ? Qualifier.EXACT : qualifier;
    }

    public Figure(int year, BigDecimal value, Quality quality) {
        this(year, value, quality, Qualifier.EXACT);
    }

    public static Figure of(int year, String value) {
        return new Figure(year, new BigDecimal(value), Quality.FINAL);
    }

    /** True when the value is a bound ("trên 562"), not the figure itself. */
    public boolean isBound() {
        return qualifier != Qualifier.EXACT;
    }

    public boolean isSeriesBreak() {
        return quality == Quality.SERIES_BREAK;
    }

    double asDouble() {
        return value.doubleValue();
    }
}
