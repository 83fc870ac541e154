package vn.backan.congress.targets.domain.progress;

/**
 * Cut-offs on the progress ratio R (after Open SDG), plus how far below a level a "maintain" target may
 * slip before it is off track. They are configuration: every evaluation states the ones it used.
 *
 * @param onTrack           R at or above this is ON_TRACK
 * @param atRisk            R at or above this (and below {@code onTrack}) is AT_RISK; below it OFF_TRACK
 * @param maintainTolerance fraction of the level (0.01 = 1 %) below which a maintained level is OFF_TRACK
 */
public record Thresholds(double onTrack, double atRisk, double maintainTolerance) {

    public static final Thresholds DEFAULTS = new Thresholds(0.95, 0.60, 0.01);

    public Thresholds {
        if (!(atRisk > 0 && atRisk <= onTrack)) {
            throw new IllegalArgumentException("need 0 < atRisk <= onTrack, got " + atRisk + " and " + onTrack);
        }
        if (!(maintainTolerance >= 0 && maintainTolerance < 1)) {
            throw new IllegalArgumentException("maintainTolerance is a fraction in [0, 1), got " + maintainTolerance);
        }
    }

    /** The status a progress ratio earns before the term is over. */
    public Status classify(double ratio) {
        if (ratio >= onTrack) {
            return Status.ON_TRACK;
        }
        return ratio >= atRisk ? Status.AT_RISK : Status.OFF_TRACK;
    }
}
