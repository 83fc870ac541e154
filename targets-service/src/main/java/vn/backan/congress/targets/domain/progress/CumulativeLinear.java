package vn.backan.congress.targets.domain.progress;

import java.util.List;

/**
 * A count to reach by term end (at least 56 new-rural communes): R = ((A_k − A_b)/(N − A_b)) / (k/K), the
 * share of the gap closed over the share of the term gone. Linear, not CAGR, because counts start at or
 * near zero.
 */
final class CumulativeLinear {

    private CumulativeLinear() {
    }

    static Evaluation evaluate(EvaluationContext base, List<Figure> observations) {
        EvaluationContext ctx = base.withMethod("LINEAR_CUMULATIVE");
        Target t = ctx.target();
        if (t.lower() == null) {
            return ctx.noData(Reasons.cumulativeNeedsLower());
        }
        Series series = ctx.series(observations, t.baselineYear());
        if (series.isEmpty()) {
            return ctx.noData(Reasons.noFigureBetween(t.baselineYear(), ctx.lastYear()));
        }
        Figure latest = series.latest();
        return ctx.judgeLevel(t.clearsLower(latest.asDouble()), latest, trend(t, series.sinceLastBreak()));
    }

    private static Trend trend(Target t, Series sinceBreak) {
        Figure baseline = sinceBreak.first();
        if (sinceBreak.size() < 2) {
            return Trend.unavailable(baseline, sinceBreak.tooShortReason());
        }
        Figure latest = sinceBreak.latest();
        double ab = baseline.asDouble();
        double ak = latest.asDouble();
        double n = t.lower().doubleValue();
        int k = latest.year() - baseline.year();
        int bigK = t.periodTo() - baseline.year();
        double observed = (ak - ab) / k;
        if (n - ab <= 0) {
            // The baseline already met the target and the count has since fallen below it.
            return Trend.undefined(baseline, Status.OFF_TRACK, Reasons.baselineReachedCountNowMisses());
        }
        Double stillNeeded = latest.year() < t.periodTo() ? (n - ak) / (t.periodTo() - latest.year()) : null;
        double ratio = ((ak - ab) / (n - ab)) / ((double) k / bigK);
        return new Trend(baseline, ratio, stillNeeded, observed, null, null);
    }
}
