package vn.backan.congress.targets.domain.progress;

import java.math.BigDecimal;
import java.util.List;

/**
 * Done or not by a date (National Highway 3, UNESCO recognition): the reporter's latest flag up to the
 * deadline, 1 done and 0 not yet. Done is ACHIEVED; not yet is AT_RISK before the deadline (the spec gives
 * no pace to be on track with) and NOT_ACHIEVED after it.
 */
final class MilestoneFlag {

    private MilestoneFlag() {
    }

    static Evaluation evaluate(EvaluationContext base, List<Figure> observations) {
        EvaluationContext ctx = base.withMethod("MILESTONE");
        List<Figure> flags = (observations == null ? List.<Figure>of() : observations).stream()
                .filter(o -> o != null && isFlag(o.value()))
                .toList();
        // Any year up to the deadline counts: a milestone may be reported done before the period starts.
        Series series = Series.of(flags, Integer.MIN_VALUE, ctx.lastYear());
        if (series.isEmpty()) {
            return ctx.noData(Reasons.noFlagUpTo(ctx.lastYear()));
        }
        Figure latest = series.latest();
        if (latest.value().signum() > 0) {
            return ctx.result(Status.ACHIEVED, null, null, latest, null, null, null);
        }
        Status status = ctx.termOver() ? Status.NOT_ACHIEVED : Status.AT_RISK;
        return ctx.result(status, null, null, latest, null, null,
                Reasons.notDoneYet(latest.year(), ctx.target().periodTo()));
    }

    private static boolean isFlag(BigDecimal value) {
        return value.compareTo(BigDecimal.ZERO) == 0 || value.compareTo(BigDecimal.ONE) == 0;
    }
}
