package vn.backan.congress.targets.domain.progress;

import java.util.List;

/**
 * Average yearly growth over the term (GRDP 6.5–7.0 %/year), each figure being that year's growth in %.
 * Works on the implied level index, never on growth of growth: ḡ_k = (Π(1 + g_i/100))^(1/k) − 1 over the
 * k reported years, R = ḡ_k / lower bound, and the rate still needed is ((1 + lo)^K / Π(1 + g_i))^(1/(K−k)) − 1.
 * Growth above the upper bound counts as met.
 */
final class AverageGrowth {

    private AverageGrowth() {
    }

    static Evaluation evaluate(EvaluationContext base, List<Figure> observations) {
        EvaluationContext ctx = base.withMethod("MEAN_GROWTH");
        Target t = ctx.target();
        if (t.lower() == null || t.lower().signum() <= 0) {
            return ctx.noData(Reasons.averageGrowthNeedsPositiveLower());
        }
        Series years = ctx.series(observations, t.periodFrom());
        if (years.isEmpty()) {
            return ctx.noData(Reasons.noYearlyGrowthFigureBetween(t.periodFrom(), ctx.lastYear()));
        }
        double index = 1;
        for (Figure o : years.points()) {
            index *= 1 + o.asDouble() / 100;
        }
        Figure latest = years.latest();
        if (index <= 0) {
            return ctx.result(Status.NO_DATA, null, null, latest, null, null, Reasons.fallLeavesNoLevel());
        }
        int k = years.size();
        int bigK = t.yearsInPeriod();
        double lo = t.lower().doubleValue();
        double mean = 100 * (Math.pow(index, 1.0 / k) - 1);
        Double stillNeeded = k < bigK ? 100 * (Math.pow(Math.pow(1 + lo / 100, bigK) / index, 1.0 / (bigK - k)) - 1) : null;
        double ratio = mean / lo;
        if (ctx.termOver() && latest.year() == t.periodTo()) {
            Status verdict = t.clearsLower(mean) ? Status.ACHIEVED : Status.NOT_ACHIEVED;
            return ctx.result(verdict, ratio, null, latest, stillNeeded, mean, null);
        }
        return ctx.result(ctx.thresholds().classify(ratio), ratio, null, latest, stillNeeded, mean,
                ctx.termOverWithoutFinalFigure());
    }
}
