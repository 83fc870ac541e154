package vn.backan.congress.elections.service;

/**
 * The datasets this service publishes, as congress.cache.datasets names them: each write says
 * which it changes, and each cached read which it is computed from.
 */
public final class Datasets {

    /** The congress, its bodies and posts, the people and their memberships. */
    public static final String CONGRESS = "congress";
    /** The contests, their tally sheets and results. */
    public static final String CONTESTS = "contests";

    private Datasets() {
    }
}
