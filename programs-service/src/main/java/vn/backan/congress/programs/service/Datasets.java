package vn.backan.congress.programs.service;

/**
 * The datasets this service publishes, as congress.cache.datasets names them: each write says
 * which it changes, and each cached read which it is computed from.
 */
public final class Datasets {

    /** Section 4.2's plan: declared counts, tasks, solutions and their updates. */
    public static final String PLAN = "plan";

    private Datasets() {
    }
}
