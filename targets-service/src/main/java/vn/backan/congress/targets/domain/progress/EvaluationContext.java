package vn.backan.congress.targets.domain.progress;

import java.util.List;
import vn.backan.congress.commons.text.LocalizedText;

/** What every method needs besides the figures, and the ways they turn findings into an {@link Evaluation}. */
record EvaluationContext(Target target, int asOf, Thresholds thresholds, String method) {

    EvaluationContext withMethod(String name) {
        return new EvaluationContext(target, asOf, thresholds, name);
    }

    /** Figures after asOf are not known yet; figures after the term do not count towards it. */
    int lastYear() {
        return Math.min(asOf, target.periodTo());
    }

    boolean termOver() {
        return asOf >= target.periodTo();
    }

    Series series(List<Figure> observations, int fromYear) {
        return Series.of(observations, fromYear, lastYear());
    }

    Evaluation noData(LocalizedText reason) {
        return result(Status.NO_DATA, null, null, null, null, null, reason);
    }

    Evaluation result(Status status, Double ratio, Figure baseline, Figure latest,
            Double requiredRate, Double observedRate, LocalizedText reason) {
        return new Evaluation(status, method, ratio, baseline, latest, target, requiredRate, observedRate,
                thresholds, asOf, reason);
    }

    Evaluation result(Status status, Trend trend, Figure latest, LocalizedText reason) {
        return result(status, trend.ratio(), trend.baseline(), latest, trend.requiredRate(), trend.observedRate(),
                reason);
    }

    /**
     * The verdict on a level or a count: met at asOf is ACHIEVED whatever the trend; missed in the final
     * year once the term is over is NOT_ACHIEVED; otherwise R decides.
     */
    Evaluation judgeLevel(boolean met, Figure latest, Trend trend) {
        if (met) {
            return result(Status.ACHIEVED, trend, latest, null);
        }
        if (termOver() && latest.year() == target.periodTo()) {
            return result(Status.NOT_ACHIEVED, trend, latest, null);
        }
        if (trend.ratio() == null) {
            return result(trend.statusWithoutRatio(), trend, latest, trend.problem());
        }
        return result(thresholds.classify(trend.ratio()), trend, latest, termOverWithoutFinalFigure());
    }

    /**
     * A final verdict needs the final year's figure; without it the trend status stands, and says so,
     * rather than counting a late report as a failure.
     */
    LocalizedText termOverWithoutFinalFigure() {
        return termOver() ? Reasons.termOverWithoutFinalFigure(target.periodTo()) : null;
    }
}
