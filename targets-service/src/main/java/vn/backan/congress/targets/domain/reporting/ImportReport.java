package vn.backan.congress.targets.domain.reporting;

import java.util.List;

/**
 * What an import did, or would do on a dry run: counts and one conflict per rejected row, as in
 * DHIS2's import summary.
 */
public record ImportReport(boolean dryRun, boolean committed, Counts counts, List<Conflict> conflicts) {

    public record Counts(int created, int updated, int unchanged, int rejected) {
    }
}
