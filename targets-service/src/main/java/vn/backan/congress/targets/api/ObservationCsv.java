package vn.backan.congress.targets.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import vn.backan.congress.commons.rest.csv.Csv;
import vn.backan.congress.targets.domain.Citation;
import vn.backan.congress.targets.domain.Observation;
import vn.backan.congress.targets.domain.OtherValue;

/**
 * One flat row per figure. The first thirteen columns are the import's, so an export re-imports as
 * is; {@code other_values} counts the values other pages published for it, which
 * {@link #otherValues} lists a row each.
 */
final class ObservationCsv {

    static final List<String> HEADER = List.of("indicator", "org_unit", "year", "value", "qualifier", "quality", "source",
            "comment", "source_url", "source_title", "publisher", "published_on", "quote", "state", "submitted_by",
            "submitted_at", "approved_by", "approved_at", "other_values", "id");

    /** The figure's key and id, then the other value with its page, then why it was not chosen. */
    static final List<String> OTHER_VALUES_HEADER = List.of("figure_id", "indicator", "org_unit", "year",
            "figure_value", "value", "qualifier", "quality", "comment", "source_url", "source_title", "publisher",
            "published_on", "quote", "not_chosen_because");

    private ObservationCsv() {
    }

    static String of(List<Observation> observations) {
        return Csv.write(HEADER, observations.stream().map(o -> Arrays.<Object>asList(o.indicatorCode, o.orgUnitCode,
                o.year, o.value, o.qualifier, o.quality, o.source, o.comment, cited(o.citation, Citation::url),
                cited(o.citation, Citation::title), cited(o.citation, Citation::publisher),
                cited(o.citation, Citation::publishedOn), cited(o.citation, Citation::quote), o.state, o.submittedBy,
                o.submittedAt, o.approvedBy, o.approvedAt, o.otherValues.size(), o.id)).toList());
    }

    static String otherValues(List<Observation> observations) {
        List<List<Object>> rows = new ArrayList<>();
        for (Observation o : observations) {
            for (OtherValue v : o.otherValues) {
                rows.add(Arrays.asList(o.id, o.indicatorCode, o.orgUnitCode, o.year, o.value.stripTrailingZeros(),
                        v.value(), v.qualifier(), v.quality(), v.comment(), cited(v.citation(), Citation::url),
                        cited(v.citation(), Citation::title), cited(v.citation(), Citation::publisher),
                        cited(v.citation(), Citation::publishedOn), cited(v.citation(), Citation::quote),
                        v.notChosenBecause()));
            }
        }
        return Csv.write(OTHER_VALUES_HEADER, rows);
    }

    private static String cited(Citation citation, Function<Citation, String> field) {
        return citation == null ? null : field.apply(citation);
    }
}
