package vn.backan.congress.targets.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import vn.backan.congress.commons.etag.Preconditions;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.rest.store.ChangeLog;
import vn.backan.congress.commons.rest.write.Change;
import vn.backan.congress.commons.rest.write.Writes;
import vn.backan.congress.targets.domain.Indicator;
import vn.backan.congress.targets.store.Catalogue;

/** An indicator as its detail shows it (with its progress for the province), and an admin's correction of it. */
@ApplicationScoped
public class IndicatorService {

    @Inject
    Catalogue catalogue;

    @Inject
    ProgressService progress;

    @Inject
    Writes writes;

    public Indicator find(String code) {
        return catalogue.indicator(code)
                .orElseThrow(() -> ProblemException.of(ProblemType.HTTP, 404, "There is no indicator " + code + "."));
    }

    /** The detail as GET serves it; its bytes are what the ETag filter tags, so If-Match compares like with like. */
    public IndicatorView detail(Indicator indicator) {
        int asOf = ProgressService.year(null);
        var evaluation = progress.of(indicator, ProgressService.PROVINCE, asOf, false).evaluation();
        return IndicatorView.of(indicator).withProgress(new IndicatorView.ProgressSummary(ProgressService.PROVINCE,
                asOf, evaluation.status(), evaluation.ratio(), evaluation.latest(),
                "/api/v1/progress/" + indicator.code));
    }

    /** The wording or the bounds; If-Match and a reason are required, and the source sentence never changes. */
    public IndicatorView correct(String code, String ifMatch, IndicatorCorrection correction) {
        return writes.inTransaction(() -> {
            Indicator indicator = find(code);
            IndicatorView before = detail(indicator);
            Preconditions.requireIfMatch(ifMatch, writes.etag(before));
            IndicatorCorrections.apply(indicator, correction);
            indicator.updatedAt = writes.now();
            Indicator.flush();
            IndicatorView after = detail(indicator);
            writes.record(Change.updated(PublishedEntities.INDICATOR, code, "CORRECT", Map.of("indicator",
                    before.withProgress(null), "reason", correction.reason()), after.withProgress(null)));
            return after;
        });
    }

    public List<ChangeLog.Entry> history(String code) {
        find(code);
        return writes.history(PublishedEntities.INDICATOR, code);
    }
}
