package vn.backan.congress.targets.domain.progress;

import vn.backan.congress.commons.text.LocalizedText;

/**
 * What a trend method made of a series: R and the rates, or why R could not be formed.
 *
 * @param statusWithoutRatio the status to give when {@code ratio} is null (NO_DATA unless the numbers
 *                           themselves say more)
 * @param problem            why {@code ratio} is null
 */
record Trend(Figure baseline, Double ratio, Double requiredRate, Double observedRate,
        Status statusWithoutRatio, LocalizedText problem) {

    static Trend of(Figure baseline, double ratio, Double requiredRate, double observedRate) {
        return new Trend(baseline, ratio, requiredRate, observedRate, null, null);
    }

    static Trend unavailable(Figure baseline, LocalizedText problem) {
        return new Trend(baseline, null, null, null, Status.NO_DATA, problem);
    }

    static Trend undefined(Figure baseline, Status status, LocalizedText problem) {
        return new Trend(baseline, null, null, null, status, problem);
    }
}
