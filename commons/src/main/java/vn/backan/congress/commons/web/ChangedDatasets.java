package vn.backan.congress.commons.web;

/**
 * How a service tells the gateway that a write changed data: its answer names the datasets the write
 * moved on, in {@code Changed-Datasets}. The gateway forgets that service's kept answers only then,
 * so a dry run, a refused write or a replay leaves every kept copy as it is; it removes the header
 * before answering, so clients never see it.
 */
public final class ChangedDatasets {

    public static final String HEADER = "Changed-Datasets";

    private ChangedDatasets() {
    }
}
