package vn.backan.congress.targets.api;

import vn.backan.congress.targets.service.IndicatorView;

import java.util.List;
import vn.backan.congress.commons.rest.csv.Csv;

/** One flat row per indicator, for spreadsheets and the national portal. */
final class IndicatorCsv {

    static final List<String> HEADER = List.of("code", "parent_code", "position", "domain", "name_vi", "name_en",
            "unit", "unit_vi", "unit_en", "direction", "target_kind", "average_basis", "lower", "lower_inclusive",
            "upper", "upper_inclusive", "period_from", "period_to", "target_text_vi", "source_sentence_vi");

    private IndicatorCsv() {
    }

    static String of(List<IndicatorView> indicators) {
        return Csv.write(HEADER, indicators.stream().map(IndicatorCsv::row).toList());
    }

    private static List<Object> row(IndicatorView i) {
        IndicatorView.Target t = i.target();
        return java.util.Arrays.asList(i.code(), i.parentCode(), i.position(), i.domain(), i.name().vi(), i.name().en(),
                i.unit() == null ? null : i.unit().code(), i.unit() == null ? null : i.unit().label().vi(),
                i.unit() == null ? null : i.unit().label().en(), i.direction(), t.kind(), t.averageBasis(),
                t.lower(), t.lowerInclusive(), t.upper(), t.upperInclusive(), t.periodFrom(), t.periodTo(),
                t.statedAs(), i.source().sentence());
    }
}
