package vn.backan.congress.targets.domain.progress;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.backan.congress.commons.text.LocalizedText;
import vn.backan.congress.targets.domain.Direction;
import vn.backan.congress.targets.domain.Qualifier;
import vn.backan.congress.targets.domain.TargetKind;
import vn.backan.congress.targets.domain.reporting.FigureInQuote;

/**
 * Figures stated as bounds ("trên 900": more than 900) are never read as exact values: the methods
 * see only exact figures. A bound counts in one case, where it alone settles the verdict: a level
 * target that every value the bound admits meets (a lower bound at or over an "at least" target, an
 * upper bound at or under an "at most" one), and no later exact figure says otherwise. A bound that
 * does not show the target met is not taken as a miss either; the reason names it as set aside.
 */
final class BoundFigures {

    private BoundFigures() {
    }

    static List<Figure> exactOnly(List<Figure> figures) {
        return figures == null ? List.of() : figures.stream().filter(f -> f != null && !f.isBound()).toList();
    }

    static Evaluation consider(EvaluationContext ctx, List<Figure> figures, Evaluation onExact) {
        Target t = ctx.target();
        List<Figure> bounds = figures == null ? List.of() : figures.stream()
                .filter(f -> f != null && f.isBound() && f.year() >= t.baselineYear() && f.year() <= ctx.lastYear())
                .sorted(Comparator.comparingInt(Figure::year)).toList();
        if (bounds.isEmpty()) {
            return onExact;
        }
        Figure latestBound = bounds.get(bounds.size() - 1);
        boolean noLaterExact = onExact.latest() == null || onExact.latest().year() < latestBound.year();
        if (noLaterExact && onExact.status() != Status.ACHIEVED && meets(t, latestBound)) {
            return new Evaluation(Status.ACHIEVED, onExact.method(), null, onExact.baseline(), latestBound, t, null,
                    null, onExact.thresholds(), onExact.asOf(), boundMeets(latestBound));
        }
        return new Evaluation(onExact.status(), onExact.method(), onExact.ratio(), onExact.baseline(),
                onExact.latest(), t, onExact.requiredRate(), onExact.observedRate(), onExact.thresholds(),
                onExact.asOf(), joined(onExact.reason(), setAside(bounds)));
    }

    /** Every value the bound admits meets the target. */
    static boolean meets(Target t, Figure bound) {
        double v = bound.value().doubleValue();
        Qualifier q = bound.qualifier();
        if (q.isLowerBound() && (t.kind() == TargetKind.AT_LEAST || t.kind() == TargetKind.CUMULATIVE
                || (t.kind() == TargetKind.RANGE && (t.upper() == null || t.direction() == Direction.INCREASE)))) {
            return t.lower() != null && (t.clearsLower(v) || (q == Qualifier.ABOVE && same(v, t.lower())));
        }
        if (q.isUpperBound() && (t.kind() == TargetKind.AT_MOST
                || (t.kind() == TargetKind.RANGE && (t.lower() == null || t.direction() == Direction.DECREASE)))) {
            return t.upper() != null && (t.clearsUpper(v) || (q == Qualifier.BELOW && same(v, t.upper())));
        }
        return false;
    }

    private static boolean same(double v, BigDecimal bound) {
        return BigDecimal.valueOf(v).compareTo(bound) == 0;
    }

    private static LocalizedText boundMeets(Figure bound) {
        return LocalizedText.of("số liệu năm " + bound.year() + " chỉ nêu giới hạn (" + vi(bound)
                        + ") nhưng đã đạt chỉ tiêu với mọi giá trị mà giới hạn đó cho phép",
                "the " + bound.year() + " figure is a bound (" + en(bound) + "), and every value it admits meets"
                        + " the target");
    }

    private static LocalizedText setAside(List<Figure> bounds) {
        return LocalizedText.of("số liệu chỉ nêu giới hạn không được dùng như số chính xác: "
                        + bounds.stream().map(b -> b.year() + " (" + vi(b) + ")").collect(Collectors.joining(", ")),
                "figures stated as bounds are not read as exact values: "
                        + bounds.stream().map(b -> b.year() + " (" + en(b) + ")").collect(Collectors.joining(", ")));
    }

    private static LocalizedText joined(LocalizedText reason, LocalizedText more) {
        return Optional.ofNullable(reason).map(r -> LocalizedText.of(r.vi() + "; " + more.vi(), r.en() + "; " + more.en()))
                .orElse(more);
    }

    private static String vi(Figure f) {
        return f.qualifier().wordVi() + " " + FigureInQuote.vietnamese(f.value());
    }

    private static String en(Figure f) {
        return f.qualifier().wordEn() + " " + f.value().toPlainString();
    }
}
