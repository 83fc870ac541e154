package vn.backan.congress.targets.domain.progress;

import java.util.List;

/**
 * Average yearly amount over the term (3,500 ha of forest planted a year): R = mean of the reported
 * years / lower bound; the amount still needed is what the remaining years must average.
 */
final class AverageValue {

    private AverageValue() {
    }

    static Evaluation evaluate(EvaluationContext base, List<Figure> observations) {
        EvaluationContext ctx = base.withMethod("MEAN_VALUE");
        Target t = ctx.target();
        if (t.lower() == null || t.lower().signum() <= 0) {
            return ctx.noData(Reasons.averageAmountNeedsPositiveLower());
        }
        Series years = ctx.series(observations, t.periodFrom());
        if (years.isEmpty()) {
            return ctx.noData(Reasons.noYearlyFigureBetween(t.periodFrom(), ctx.lastYear()));
        }
        double sum = years.points().stream().mapToDouble(Figure::asDouble).sum();
        int k = years.size();
        int bigK = t.yearsInPeriod();
        double lo = t.lower().doubleValue();
        double mean = sum / k;
        double ratio = mean / lo;
        Double stillNeeded = k < bigK ? (lo * bigK - sum) / (bigK - k) : null;
        Figure latest = years.latest();
        if (ctx.termOver() && latest.year() == t.periodTo()) {
            Status verdict = t.clearsLower(mean) ? Status.ACHIEVED : Status.NOT_ACHIEVED;
            return ctx.result(verdict, ratio, null, latest, stillNeeded, mean, null);
        }
        return ctx.result(ctx.thresholds().classify(ratio), ratio, null, latest, stillNeeded, mean,
                ctx.termOverWithoutFinalFigure());
    }
}
