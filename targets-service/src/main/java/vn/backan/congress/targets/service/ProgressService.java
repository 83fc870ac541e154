package vn.backan.congress.targets.service;

import vn.backan.congress.commons.time.ProvinceDay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.text.LocalizedText;
import vn.backan.congress.targets.domain.Citation;
import vn.backan.congress.targets.domain.Domain;
import vn.backan.congress.targets.domain.Indicator;
import vn.backan.congress.targets.domain.Observation;
import vn.backan.congress.targets.domain.Qualifier;
import vn.backan.congress.targets.domain.Quality;
import vn.backan.congress.targets.domain.progress.Evaluation;
import vn.backan.congress.targets.domain.progress.ProgressEvaluator;
import vn.backan.congress.targets.domain.progress.Status;
import vn.backan.congress.targets.domain.progress.Target;
import vn.backan.congress.targets.domain.progress.Thresholds;
import vn.backan.congress.targets.store.Catalogue;
import vn.backan.congress.targets.store.ObservationQueries;

/** Feeds the stored figures of one org unit to the pure evaluator, one indicator at a time. */
@ApplicationScoped
public class ProgressService {

    /** The org unit progress is judged for when a request names none. */
    public static final String PROVINCE = "06";

    /**
     * One indicator's verdict with everything behind it: the evaluation, and the figures it was given
     * (those up to asOf, oldest first), each with the page it was published on when it names one.
     */
    public record IndicatorProgress(String code, LocalizedText name, Domain domain, Evaluation evaluation,
            List<FigureUsed> figures) {
    }

    /**
     * A figure progress read, with its id (for its history and its other published values, of which
     * {@code otherValues} counts those there are), and its published source, if any.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FigureUsed(long id, int year, BigDecimal value, Qualifier qualifier, Quality quality,
            Citation citation, Integer otherValues) {
    }

    /** All indicators of one org unit, counted by status and by domain. */
    public record Scoreboard(String orgUnit, int asOf, boolean includeSubmitted, Thresholds thresholds,
            Map<Status, Long> counts, Map<Domain, Map<Status, Long>> byDomain, List<IndicatorProgress> indicators) {
    }

    private static final ProgressEvaluator EVALUATOR = new ProgressEvaluator();

    @Inject
    Catalogue catalogue;

    @Inject
    ObservationQueries observations;

    public IndicatorProgress of(Indicator indicator, String orgUnit, int asOf, boolean includeSubmitted) {
        return evaluate(indicator, observations.of(indicator.code, orgUnit), asOf, includeSubmitted);
    }

    public Scoreboard scoreboard(String orgUnit, int asOf, boolean includeSubmitted) {
        // One query for all the unit's figures, grouped in memory: not one query per indicator.
        Map<String, List<Observation>> byIndicator = observations.ofOrgUnit(orgUnit).stream()
                .collect(Collectors.groupingBy(o -> o.indicatorCode));
        List<IndicatorProgress> all = catalogue.indicators().stream()
                .map(i -> evaluate(i, byIndicator.getOrDefault(i.code, List.of()), asOf, includeSubmitted))
                .toList();
        Map<Status, Long> counts = count(all);
        Map<Domain, Map<Status, Long>> byDomain = new TreeMap<>(all.stream()
                .collect(Collectors.groupingBy(IndicatorProgress::domain, Collectors.collectingAndThen(
                        Collectors.toList(), ProgressService::count))));
        return new Scoreboard(orgUnit, asOf, includeSubmitted, Thresholds.DEFAULTS, counts, byDomain, all);
    }

    /** The code of a unit of the province, or a 400 naming the parameter. */
    public String knownOrgUnit(String code) {
        return catalogue.orgUnit(code).map(u -> u.code).orElseThrow(() -> ProblemException.of(ProblemType.VALIDATION,
                400, "orgUnit " + code + " is not one of the province's units (see /api/v1/org-units)."));
    }

    /** A year of the term; without one, the last year of the term that has begun. */
    public static int year(Integer asOf) {
        int current = ProvinceDay.today().getYear();
        int year = asOf != null ? asOf : Math.min(current, 2025);
        if (year < 2020 || year > 2025) {
            throw ProblemException.of(ProblemType.VALIDATION, 400, "asOf must be a year from 2020 to 2025, not " + year + ".");
        }
        return year;
    }

    private static IndicatorProgress evaluate(Indicator i, List<Observation> figures, int asOf, boolean includeSubmitted) {
        List<Observation> usable = figures.stream()
                .filter(o -> o.state == Observation.State.APPROVED
                        || includeSubmitted && o.state == Observation.State.SUBMITTED)
                .sorted(Comparator.comparingInt(o -> o.year))
                .toList();
        Target target = new Target(i.targetKind, i.averageBasis, i.direction, plain(i.lowerBound), i.lowerInclusive,
                plain(i.upperBound), i.upperInclusive, i.periodFrom, i.periodTo);
        return new IndicatorProgress(i.code, LocalizedText.of(i.nameVi, i.nameEn), i.domain,
                EVALUATOR.evaluate(target, usable.stream().map(Observation::figure).toList(), asOf),
                usable.stream().filter(o -> o.year <= asOf).map(o -> new FigureUsed(o.id, o.year,
                        o.value.stripTrailingZeros(), o.qualifier, o.quality, o.citation,
                        o.otherValues.isEmpty() ? null : o.otherValues.size())).toList());
    }

    /** DECIMAL(18,4) gives 62.0000; a reader wants 62. */
    private static java.math.BigDecimal plain(java.math.BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    private static Map<Status, Long> count(List<IndicatorProgress> items) {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0L);
        }
        items.forEach(p -> counts.merge(p.evaluation().status(), 1L, Long::sum));
        return counts;
    }
}
