package vn.backan.congress.targets.domain.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The usable figures of one target: one per year, in year order, inside a window of years. */
final class Series {

    private final List<Observation> points;

    private Series(List<Observation> points) {
        this.points = List.copyOf(points);
    }

    /**
     * Figures with {@code fromYear <= year <= toYear}. When a year is given twice the later one in the list
     * wins, as a revision replaces the figure it revises.
     */
    static Series of(List<Observation> observations, int fromYear, int toYear) {
        Map<Integer, Observation> byYear = new TreeMap<>();
        for (Observation o : observations == null ? List.<Observation>of() : observations) {
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

    List<Observation> points() {
        return points;
    }

    Observation first() {
        return points.get(0);
    }

    Observation latest() {
        return points.get(points.size() - 1);
    }

    Optional<Observation> at(int year) {
        return points.stream().filter(o -> o.year() == year).findFirst();
    }

    /** Why a trend cannot be drawn from this (already break-trimmed) series of fewer than two figures. */
    String tooShortReason() {
        Observation only = first();
        return only.isSeriesBreak()
                ? "series break in " + only.year() + " restarts the baseline; a trend needs a later figure"
                : "a trend needs two figures; only " + only.year() + " is reported";
    }
}
