package vn.backan.congress.targets.api;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import vn.backan.congress.commons.rest.csv.Csv;
import vn.backan.congress.targets.domain.Citation;
import vn.backan.congress.targets.domain.Observation;

/** One flat row per figure. The first twelve columns are the import's, so an export re-imports as is. */
final class ObservationCsv {

    static final List<String> HEADER = List.of("indicator", "org_unit", "year", "value", "quality", "source", "comment",
            "source_url", "source_title", "publisher", "published_on", "quote", "state", "submitted_by", "submitted_at",
            "approved_by", "approved_at", "id");

    private ObservationCsv() {
    }

    static String of(List<Observation> observations) {
        return Csv.write(HEADER, observations.stream().map(o -> Arrays.<Object>asList(o.indicatorCode, o.orgUnitCode,
                o.year, o.value, o.quality, o.source, o.comment, cited(o, Citation::url), cited(o, Citation::title),
                cited(o, Citation::publisher), cited(o, Citation::publishedOn), cited(o, Citation::quote), o.state,
                o.submittedBy, o.submittedAt, o.approvedBy, o.approvedAt, o.id)).toList());
    }

    private static String cited(Observation o, Function<Citation, String> field) {
        return o.citation == null ? null : field.apply(o.citation);
    }
}
