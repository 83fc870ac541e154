package vn.backan.congress.targets.api;

import java.util.Arrays;
import java.util.List;
import vn.backan.congress.commons.rest.csv.Csv;
import vn.backan.congress.targets.domain.progress.Evaluation;
import vn.backan.congress.targets.domain.progress.Figure;
import vn.backan.congress.targets.service.ProgressService;

/** One flat row per org unit and indicator: the status and the numbers it rests on. */
final class ProgressCsv {

    static final List<String> HEADER = List.of("org_unit", "as_of", "indicator_code", "domain", "status", "method",
            "ratio", "baseline_year", "baseline_value", "latest_year", "latest_value", "latest_qualifier",
            "required_rate",
            "observed_rate", "figures_used", "reason_vi", "reason_en");

    private ProgressCsv() {
    }

    static String of(List<ProgressService.Scoreboard> scoreboards) {
        return Csv.write(HEADER, scoreboards.stream().flatMap(b -> b.indicators().stream().map(p -> row(b, p)))
                .toList());
    }

    private static List<Object> row(ProgressService.Scoreboard board, ProgressService.IndicatorProgress p) {
        Evaluation e = p.evaluation();
        Figure baseline = e.baseline();
        Figure latest = e.latest();
        return Arrays.asList(board.orgUnit(), board.asOf(), p.code(), p.domain(), e.status(), e.method(), e.ratio(),
                baseline == null ? null : baseline.year(), baseline == null ? null : baseline.value(),
                latest == null ? null : latest.year(), latest == null ? null : latest.value(),
                latest == null ? null : latest.qualifier(),
                e.requiredRate(), e.observedRate(), p.figures().size(),
                e.reason() == null ? null : e.reason().vi(), e.reason() == null ? null : e.reason().en());
    }
}
