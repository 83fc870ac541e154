package vn.backan.congress.targets.domain.progress;

import java.util.List;
import vn.backan.congress.commons.text.LocalizedText;

/**
 * A level to keep (forest cover 72.9 %): ON_TRACK at or above the level unless the trend from the
 * baseline would take it below by term end; AT_RISK within the tolerance below it or on such a trend;
 * OFF_TRACK further below. No ratio: the status comes from the level and the trend, not from R.
 */
final class MaintainLevel {

    private MaintainLevel() {
    }

    static Evaluation evaluate(EvaluationContext base, List<Figure> observations) {
        EvaluationContext ctx = base.withMethod("MAINTAIN");
        Target t = ctx.target();
        if (t.lower() == null) {
            return ctx.noData(Reasons.maintainNeedsLower());
        }
        Series series = ctx.series(observations, t.baselineYear());
        if (series.isEmpty()) {
            return ctx.noData(Reasons.noFigureBetween(t.baselineYear(), ctx.lastYear()));
        }
        Figure latest = series.latest();
        double v = latest.asDouble();
        boolean met = t.clearsLower(v);
        Series sinceBreak = series.sinceLastBreak();
        Figure baseline = sinceBreak.first();
        Double slope = sinceBreak.size() < 2 ? null
                : (v - baseline.asDouble()) / (latest.year() - baseline.year());
        if (ctx.termOver() && latest.year() == t.periodTo()) {
            return ctx.result(met ? Status.ACHIEVED : Status.NOT_ACHIEVED, null, baseline, latest, null, slope, null);
        }
        LocalizedText late = ctx.termOverWithoutFinalFigure();
        if (!met) {
            // Below the level the trend cannot rescue the status: only the distance to the level counts.
            double floor = t.lower().doubleValue() * (1 - ctx.thresholds().maintainTolerance());
            Status status = v >= floor ? Status.AT_RISK : Status.OFF_TRACK;
            return ctx.result(status, null, baseline, latest, null, slope, late);
        }
        if (slope == null) {
            return ctx.result(Status.NO_DATA, null, baseline, latest, null, null, sinceBreak.tooShortReason());
        }
        double projected = v + slope * (t.periodTo() - latest.year());
        if (slope < 0 && !t.clearsLower(projected)) {
            return ctx.result(Status.AT_RISK, null, baseline, latest, null, slope,
                    Reasons.fallingBelowLevel(-slope, projected, t.periodTo()));
        }
        // A gentle fall that stays above the level by term end is no threat: the spec's AT_RISK trend test.
        return ctx.result(Status.ON_TRACK, null, baseline, latest, null, slope, late);
    }
}
