package vn.backan.congress.targets.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import vn.backan.congress.targets.domain.reporting.Conflict;
import vn.backan.congress.targets.domain.reporting.ImportReport;

/** What an import did, or would do on a dry run, as the API shows it: counts and one conflict per rejected row. */
public record ImportReportView(boolean dryRun, boolean committed, ImportReport.Counts counts,
        List<ConflictView> conflicts) {

    /** A rejected row; what the row did not say is left out rather than sent as null. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ConflictView(int row, String indicator, String orgUnit, String year, Conflict.Code code,
            String message) {
    }

    /** A rejected import: problem+json that carries the whole report, so nothing the client sent is unexplained. */
    public record Rejected(String type, String title, int status, String detail, String instance, String requestId,
            ImportReportView report) {
    }

    public static ImportReportView of(ImportReport r) {
        return new ImportReportView(r.dryRun(), r.committed(), r.counts(), r.conflicts().stream()
                .map(c -> new ConflictView(c.row(), c.indicator(), c.orgUnit(), c.year(), c.code(), c.message()))
                .toList());
    }
}
