package vn.backan.congress.targets.domain.progress;

import vn.backan.congress.commons.text.LocalizedText;

/**
 * A status with every input behind it, so a reader can redo the arithmetic.
 *
 * <p>Units: {@code ratio} is the progress ratio R (1.0 = exactly the pace needed). Rates follow the
 * method: CAGR and MEAN_GROWTH give percent per year (8.01 means 8.01 %/year); MEAN_CHANGE, MEAN_VALUE,
 * LINEAR_CUMULATIVE and MAINTAIN give the indicator's own unit per year (points, hectares, communes);
 * EACH_YEAR_MIN gives the mean yearly figure against the bound. {@code requiredRate} is the pace still
 * needed from the latest figure to meet the target by the term's end, except for CAGR where it is the
 * spec's CAGR_r from the baseline, the denominator of R.
 *
 * @param method   stable name of the method used: CAGR, LEVEL_RANGE, MEAN_GROWTH, MEAN_CHANGE, MEAN_VALUE,
 *                 LINEAR_CUMULATIVE, EACH_YEAR_MIN, MAINTAIN, MILESTONE or NONE
 * @param ratio    progress ratio R, null where the method has none or it is undefined
 * @param baseline the figure progress is measured from (after any series break), null where none applies
 * @param latest   the most recent usable figure at {@code asOf}, with its quality
 * @param reason   why the status is what it is when that is not plain from the numbers (NO_DATA, a
 *                 missed year, a term over without its final figure), in Vietnamese and English, else null
 */
public record Evaluation(Status status, String method, Double ratio, Figure baseline, Figure latest,
        Target target, Double requiredRate, Double observedRate, Thresholds thresholds, int asOf,
        LocalizedText reason) {
}
