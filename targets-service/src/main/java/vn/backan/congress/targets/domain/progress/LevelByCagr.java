package vn.backan.congress.targets.domain.progress;

import java.math.BigDecimal;
import java.util.List;
import vn.backan.congress.targets.domain.Direction;
import vn.backan.congress.targets.domain.TargetKind;

/**
 * Levels at term end (AT_LEAST, AT_MOST, RANGE): R = d·CAGR_o / |CAGR_r| with CAGR_o = (v_k/v_b)^(1/k) − 1,
 * CAGR_r = (bound/v_b)^(1/K) − 1, d = +1 when the level must rise to the bound and −1 when it must fall.
 * A range is judged against its near bound, the one the latest figure is outside of.
 */
final class LevelByCagr {

    private LevelByCagr() {
    }

    static Evaluation evaluate(EvaluationContext base, List<Figure> observations) {
        Target t = base.target();
        EvaluationContext ctx = base.withMethod(t.kind() == TargetKind.RANGE ? "LEVEL_RANGE" : "CAGR");
        if ((t.kind() != TargetKind.AT_MOST && t.lower() == null) || (t.kind() != TargetKind.AT_LEAST && t.upper() == null)) {
            return ctx.noData(t.lower() == null ? Reasons.needsLowerBound(t.kind())
                    : Reasons.needsUpperBound(t.kind()));
        }
        Series series = ctx.series(observations, t.baselineYear());
        if (series.isEmpty()) {
            return ctx.noData(Reasons.noFigureBetween(t.baselineYear(), ctx.lastYear()));
        }
        Figure latest = series.latest();
        double v = latest.asDouble();
        return ctx.judgeLevel(meets(t, v), latest, trend(t, series, v));
    }

    /** A range is met inside it; overshooting in the desired direction also counts as met. */
    private static boolean meets(Target t, double v) {
        return switch (t.kind()) {
            case AT_LEAST -> t.clearsLower(v);
            case AT_MOST -> t.clearsUpper(v);
            default -> (t.clearsLower(v) || t.direction() == Direction.DECREASE)
                    && (t.clearsUpper(v) || t.direction() == Direction.INCREASE);
        };
    }

    private static Trend trend(Target t, Series series, double latestValue) {
        Series sinceBreak = series.sinceLastBreak();
        Figure baseline = sinceBreak.first();
        boolean mustRise = t.kind() == TargetKind.AT_LEAST
                || (t.kind() == TargetKind.RANGE && !t.clearsLower(latestValue));
        boolean mustFall = t.kind() == TargetKind.AT_MOST
                || (t.kind() == TargetKind.RANGE && !t.clearsUpper(latestValue));
        if (!mustRise && !mustFall) {
            return Trend.unavailable(baseline, Reasons.insideRange());
        }
        if (sinceBreak.size() < 2) {
            return Trend.unavailable(baseline, sinceBreak.tooShortReason());
        }
        BigDecimal bound = mustRise ? t.lower() : t.upper();
        return cagr(baseline, sinceBreak.latest(), bound.doubleValue(), t.periodTo(), mustRise ? 1 : -1);
    }

    private static Trend cagr(Figure baseline, Figure latest, double bound, int termEnd, int d) {
        double vb = baseline.asDouble();
        double vk = latest.asDouble();
        if (vb == 0) {
            return Trend.unavailable(baseline, Reasons.zeroBaseline());
        }
        if (vb * vk < 0) {
            return Trend.unavailable(baseline, Reasons.baselineAndLatestOppositeSigns());
        }
        if (vb * bound <= 0) {
            return Trend.unavailable(baseline, Reasons.baselineAndBoundOppositeSigns());
        }
        int k = latest.year() - baseline.year();
        int bigK = termEnd - baseline.year();
        double observed = Math.pow(vk / vb, 1.0 / k) - 1;
        double required = Math.pow(bound / vb, 1.0 / bigK) - 1;
        if (required == 0) {
            // The baseline met the target (or sat on an exclusive bound); the latest figure no longer does.
            return Trend.undefined(baseline, Status.OFF_TRACK, Reasons.baselineOnBoundLatestMisses());
        }
        return Trend.of(baseline, d * observed / Math.abs(required), 100 * required, 100 * observed);
    }
}
