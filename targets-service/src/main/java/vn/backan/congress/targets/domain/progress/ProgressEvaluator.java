package vn.backan.congress.targets.domain.progress;

import java.util.List;
import java.util.Objects;
import vn.backan.congress.targets.domain.TargetKind;

/**
 * Says how a target is doing at the end of year {@code asOf}, by the method that fits its kind
 * (docs/progress-methodology.md), and returns the numbers behind the verdict. Figures stated as bounds
 * are read as {@link BoundFigures} says. Pure: no state, no I/O.
 */
public final class ProgressEvaluator {

    public Evaluation evaluate(Target target, List<Figure> observations, int asOf) {
        return evaluate(target, observations, asOf, Thresholds.DEFAULTS);
    }

    /**
     * @param observations the figures of one indicator for one org unit, in any order; those after
     *                     {@code asOf} are ignored
     * @param thresholds   null means {@link Thresholds#DEFAULTS}
     */
    public Evaluation evaluate(Target target, List<Figure> observations, int asOf, Thresholds thresholds) {
        Objects.requireNonNull(target, "target");
        EvaluationContext ctx = new EvaluationContext(target, asOf,
                thresholds == null ? Thresholds.DEFAULTS : thresholds, "NONE");
        if (target.kind() == TargetKind.QUALITATIVE) {
            return ctx.noData(Reasons.qualitative());
        }
        if (target.kind().isNumeric() && target.lower() == null && target.upper() == null) {
            return ctx.noData(Reasons.noNumericBound());
        }
        return BoundFigures.consider(ctx, observations, byKind(ctx, BoundFigures.exactOnly(observations)));
    }

    private static Evaluation byKind(EvaluationContext ctx, List<Figure> observations) {
        return switch (ctx.target().kind()) {
            case AT_LEAST, AT_MOST, RANGE -> LevelByCagr.evaluate(ctx, observations);
            case CUMULATIVE -> CumulativeLinear.evaluate(ctx, observations);
            case MAINTAIN -> MaintainLevel.evaluate(ctx, observations);
            case EACH_YEAR -> EachYearMinimum.evaluate(ctx, observations);
            case MILESTONE -> MilestoneFlag.evaluate(ctx, observations);
            case AVERAGE -> evaluateAverage(ctx, observations);
            case QUALITATIVE -> throw new IllegalStateException("handled above");
        };
    }

    private static Evaluation evaluateAverage(EvaluationContext ctx, List<Figure> observations) {
        if (ctx.target().averageBasis() == null) {
            return ctx.noData(Reasons.averageWithoutBasis());
        }
        return switch (ctx.target().averageBasis()) {
            case GROWTH_RATE -> AverageGrowth.evaluate(ctx, observations);
            case ANNUAL_CHANGE -> AverageChange.evaluate(ctx, observations);
            case ANNUAL_VALUE -> AverageValue.evaluate(ctx, observations);
        };
    }
}
