package vn.backan.congress.targets.domain.progress;

import java.util.List;
import vn.backan.congress.targets.domain.Direction;

/**
 * Average yearly change in points (poverty rate falls 2–2.5 points a year), each figure being the level
 * that year: Δ̄_k = (v_b − v_k)/k for a fall (v_k − v_b for a rise), R = Δ̄_k / lower bound. The baseline is
 * the year before the period, or the last series break (a new poverty standard).
 */
final class AverageChange {

    private AverageChange() {
    }

    static Evaluation evaluate(EvaluationContext base, List<Figure> observations) {
        EvaluationContext ctx = base.withMethod("MEAN_CHANGE");
        Target t = ctx.target();
        if (t.lower() == null || t.lower().signum() <= 0) {
            return ctx.noData(Reasons.averageChangeNeedsPositiveLower());
        }
        Series series = ctx.series(observations, t.baselineYear());
        if (series.isEmpty()) {
            return ctx.noData(Reasons.noFigureBetween(t.baselineYear(), ctx.lastYear()));
        }
        Series sinceBreak = series.sinceLastBreak();
        Figure baseline = sinceBreak.first();
        Figure latest = sinceBreak.latest();
        if (sinceBreak.size() < 2) {
            return ctx.result(Status.NO_DATA, null, baseline, latest, null, null, sinceBreak.tooShortReason());
        }
        double rawChange = latest.asDouble() - baseline.asDouble();
        double change = t.direction() == Direction.DECREASE ? -rawChange : rawChange;
        double lo = t.lower().doubleValue();
        double mean = change / (latest.year() - baseline.year());
        double ratio = mean / lo;
        // Total change the bound asks for since the baseline, less what is done, spread over the years left.
        Double stillNeeded = latest.year() < t.periodTo()
                ? (lo * (t.periodTo() - baseline.year()) - change) / (t.periodTo() - latest.year())
                : null;
        if (ctx.termOver() && latest.year() == t.periodTo()) {
            Status verdict = t.clearsLower(mean) ? Status.ACHIEVED : Status.NOT_ACHIEVED;
            return ctx.result(verdict, ratio, baseline, latest, stillNeeded, mean, null);
        }
        return ctx.result(ctx.thresholds().classify(ratio), ratio, baseline, latest, stillNeeded, mean,
                ctx.termOverWithoutFinalFigure());
    }
}
