package vn.backan.congress.targets.domain.progress;

import java.math.BigDecimal;
import vn.backan.congress.targets.domain.Quality;
import vn.backan.congress.targets.domain.AverageBasis;
import vn.backan.congress.targets.domain.Direction;
import vn.backan.congress.targets.domain.TargetKind;

/** Targets shaped like the seed's rows in B1__targets_schema.sql, and a short way to write figures. */
final class Fixtures {

    /** Ratios are checked to within this; the hand arithmetic is carried to four or more decimals. */
    static final double TOLERANCE = 0.005;

    static final ProgressEvaluator EVALUATOR = new ProgressEvaluator();

    private Fixtures() {
    }

    static Figure obs(int year, String value) {
        return Figure.of(year, value);
    }

    static Figure seriesBreak(int year, String value) {
        return new Figure(year, new BigDecimal(value), Quality.SERIES_BREAK);
    }

    static Target level(TargetKind kind, Direction direction, String lower, Boolean lowerInclusive,
            String upper, Boolean upperInclusive) {
        return new Target(kind, null, direction, dec(lower), lowerInclusive, dec(upper), upperInclusive, 2020, 2025);
    }

    /** BUD-REVENUE: at least 1,100 billion VND by 2025. */
    static Target atLeast(String lower, boolean inclusive) {
        return level(TargetKind.AT_LEAST, Direction.INCREASE, lower, inclusive, null, null);
    }

    /** HLT-MALNUTRITION-U5: under 17 %. */
    static Target atMost(String upper, boolean inclusive) {
        return level(TargetKind.AT_MOST, Direction.DECREASE, null, null, upper, inclusive);
    }

    static Target average(AverageBasis basis, Direction direction, String lower, String upper) {
        return new Target(TargetKind.AVERAGE, basis, direction, dec(lower), true, dec(upper), upper == null ? null : true,
                2021, 2025);
    }

    static Target eachYear(Direction direction, String lower, boolean inclusive) {
        return new Target(TargetKind.EACH_YEAR, null, direction, dec(lower), inclusive, null, null, 2021, 2025);
    }

    static Target maintain(String level, boolean inclusive) {
        return level(TargetKind.MAINTAIN, Direction.MAINTAIN, level, inclusive, null, null);
    }

    static Target cumulative(String count) {
        return level(TargetKind.CUMULATIVE, Direction.INCREASE, count, true, null, null);
    }

    static Target milestone() {
        return new Target(TargetKind.MILESTONE, null, Direction.NONE, null, null, null, null, 2020, 2025);
    }

    private static BigDecimal dec(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
