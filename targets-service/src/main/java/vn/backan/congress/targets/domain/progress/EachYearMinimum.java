package vn.backan.congress.targets.domain.progress;

import java.util.List;
import java.util.stream.IntStream;
import vn.backan.congress.commons.text.LocalizedText;

/**
 * A bound to meet every year (6,400 jobs a year; graduation above 90 %; crime down by at least 5 % a year,
 * where the yearly figure is the reduction itself). Each year is met or missed; R = min over years of
 * x_i / N, the mean of the figures is published as the observed rate.
 */
final class EachYearMinimum {

    private EachYearMinimum() {
    }

    static Evaluation evaluate(EvaluationContext base, List<Figure> observations) {
        EvaluationContext ctx = base.withMethod("EACH_YEAR_MIN");
        Target t = ctx.target();
        if (t.lower() == null || t.lower().signum() <= 0) {
            return ctx.noData(Reasons.eachYearNeedsPositiveLower());
        }
        Series years = ctx.series(observations, t.periodFrom());
        if (years.isEmpty()) {
            return ctx.noData(Reasons.noYearlyFigureBetween(t.periodFrom(), ctx.lastYear()));
        }
        double n = t.lower().doubleValue();
        double ratio = years.points().stream().mapToDouble(o -> o.asDouble() / n).min().orElseThrow();
        double mean = years.points().stream().mapToDouble(Figure::asDouble).average().orElseThrow();
        List<Integer> missed = years.points().stream()
                .filter(o -> !t.clearsLower(o.asDouble())).map(Figure::year).toList();
        List<Integer> unreported = IntStream.rangeClosed(t.periodFrom(), ctx.lastYear())
                .filter(y -> years.at(y).isEmpty()).boxed().toList();
        Figure latest = years.latest();
        LocalizedText missedReason = missed.isEmpty() ? null : Reasons.missedIn(missed);
        if (ctx.termOver() && !missed.isEmpty()) {
            return ctx.result(Status.NOT_ACHIEVED, ratio, null, latest, n, mean, missedReason);
        }
        if (ctx.termOver() && unreported.isEmpty()) {
            return ctx.result(Status.ACHIEVED, ratio, null, latest, n, mean, null);
        }
        Status status = ctx.thresholds().classify(ratio);
        if (!missed.isEmpty() && status == Status.ON_TRACK) {
            // "Every year" is already lost; a near miss (R ≥ 0.95, or exactly on an exclusive bound) is not on track.
            status = Status.AT_RISK;
        }
        LocalizedText reason = ctx.termOver() ? Reasons.termOverWithoutFiguresFor(unreported) : missedReason;
        return ctx.result(status, ratio, null, latest, n, mean, reason);
    }
}
