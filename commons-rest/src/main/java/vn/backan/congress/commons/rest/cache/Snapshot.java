package vn.backan.congress.commons.rest.cache;

import java.time.Instant;

/**
 * The versions of a read's datasets when the read began. A representation made under it shows at
 * least those versions, so it may be served again while they are still the current ones.
 */
record Snapshot(String[] datasets, long[] versions, Instant lastModified) {

    static Snapshot of(String[] datasets, DatasetVersions all) {
        long[] versions = new long[datasets.length];
        Instant lastModified = null;
        for (int i = 0; i < datasets.length; i++) {
            DatasetVersions.Version v = all.of(datasets[i]);
            versions[i] = v.number();
            lastModified = lastModified == null || v.changedAt().isAfter(lastModified) ? v.changedAt() : lastModified;
        }
        return new Snapshot(datasets, versions, lastModified);
    }

    /** Whether no dataset changed since. */
    boolean current(DatasetVersions all) {
        for (int i = 0; i < datasets.length; i++) {
            if (all.of(datasets[i]).number() != versions[i]) {
                return false;
            }
        }
        return true;
    }
}
