package vn.backan.congress.targets.domain;

/**
 * How final a figure is: reported figures carry it, and progress reads it. A series break (a new
 * poverty standard, say) restarts the baseline.
 */
public enum Quality {
    PRELIMINARY, ESTIMATE, FINAL, REVISED, SERIES_BREAK
}
