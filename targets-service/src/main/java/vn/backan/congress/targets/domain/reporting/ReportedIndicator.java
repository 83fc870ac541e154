package vn.backan.congress.targets.domain.reporting;

import vn.backan.congress.targets.domain.TargetKind;

/** What checking a figure needs to know of its indicator: how its target is kept, and its unit. */
public record ReportedIndicator(String code, TargetKind kind, String unit) {
}
