package vn.backan.congress.targets.service;

/**
 * The datasets this service publishes, as congress.cache.datasets names them: each write says
 * which it changes, and each cached read which it is computed from.
 */
public final class Datasets {

    /** The resolution's indicators and their targets (changed by corrections). */
    public static final String INDICATORS = "indicators";
    /** The yearly figures and their approvals. */
    public static final String FIGURES = "figures";

    private Datasets() {
    }
}
