package vn.backan.congress.targets.domain.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.backan.congress.commons.text.LocalizedText;

/** The usable figures of one target: one per year, in year order, inside a window of years. */
final class Series {

    private final List<Figure> points;

    private Series(List<Figure> points) {
        this.points = List.copyOf(points);
    }

    /**
     * Figures with {@code fromYear <= year <= toYear}. When a year is given twice the later one in the list
     * wins, as a revision replaces the figure it revises.
     */
    static Series of(List<Figure> observations, int fromYear, int toYear) {
        Map<Integer, Figure> byYear = new TreeMap<>();
        for (Figure o : observations == null ? List.<Figure>of() : observations) {
            if (o != null && o.year() >= fromYear && o.year() <= toYear) {
                byYear.put(o.year(), o);
            }
        }
        return new Series(new ArrayList<>(byYear.values()));
    }

    /** From the last series break on: figures before a break are not comparable with those after it. */
    Series sinceLastBreak() {
        int start = 0;
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).isSeriesBreak()) {
                start = i;
            }
        }
        return new Series(points.subList(start, points.size()));
    }

    boolean isEmpty() {
        return points.isEmpty();
    }

    int size() {
        return points.size();
    }

    List<Figure> points() {
        return points;
    }

    Figure first() {
        return points.get(0);
    }

    Figure latest() {
        return points.get(points.size() - 1);
    }

    Optional<Figure> at(int year) {
        return points.stream().filter(o -> o.year() == year).findFirst();
    }

    /** Why a trend cannot be drawn from this (already break-trimmed) series of fewer than two figures. */
    LocalizedText tooShortReason() {
        Figure only = first();
        return only.isSeriesBreak()
                ? Reasons.seriesBreakRestartsBaseline(only.year())
                : Reasons.onlyOneFigure(only.year());
    }
}
