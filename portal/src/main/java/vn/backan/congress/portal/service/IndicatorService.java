package vn.backan.congress.portal.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.backan.congress.client.model.Citation;
import vn.backan.congress.client.model.Evaluation;
import vn.backan.congress.client.model.FigureUsed;
import vn.backan.congress.client.model.IndicatorProgress;
import vn.backan.congress.client.model.IndicatorTarget;
import vn.backan.congress.client.model.IndicatorView;
import vn.backan.congress.client.model.TargetKind;
import vn.backan.congress.portal.client.TargetsApi;
import vn.backan.congress.portal.domain.Labels;
import vn.backan.congress.portal.domain.Lang;
import vn.backan.congress.portal.domain.StatusMark;

/** One indicator for one org unit and year: its sentence, its target, its figures and why it has its status. */
@ApplicationScoped
public class IndicatorService {

    /** A labelled number of the status's explanation. */
    public record Number(String label, String value) {
    }

    /**
     * A figure as the table under the chart shows it (its value after its bound's word, if a bound),
     * with the page it was published on, if any, and, when other pages published other values for
     * it, a link to the figure's page that lists them ({@code others} is the link's text).
     */
    public record Figure(int year, String value, String quality, String sourceUrl, String sourceTitle,
            String publisher, String others, String figureUrl) {
    }

    public record Indicator(String code, String name, String domain, String unit, String sentence, String targetText,
            String targetModel) {
    }

    /** The status, the numbers behind it, the figures and the chart's data (JSON for the page's script). */
    public record Progress(StatusMark mark, List<Number> numbers, String reason, List<Figure> figures,
            String chartJson, boolean hasLower, boolean hasUpper, boolean hasRequired) {
    }

    public record IndicatorPage(String orgUnit, int asOf, Indicator indicator, Section<Progress> progress,
            String csvUrl) {
    }

    /**
     * What the chart draws (read by indicator-chart.js from the page's data-chart): the figures as
     * [year, value] points, the target's bounds over the term, the path still required, and the
     * series' names; a bound or path the indicator does not have is left out.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Chart(String unit, List<List<Object>> figures, int from, int to, BigDecimal lower, BigDecimal upper,
            List<List<Object>> required, Map<String, String> names) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SERVICE = "targets-service";

    private final TargetsApi targets;

    @Inject
    public IndicatorService(@RestClient TargetsApi targets) {
        this.targets = targets;
    }

    public IndicatorPage of(String code, String orgUnit, int asOf, Lang lang) {
        Labels t = Labels.of(lang);
        IndicatorView indicator;
        try {
            indicator = targets.indicator(code);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw new NotFoundException("There is no indicator " + code + ".");
            }
            throw unavailable();
        } catch (ProcessingException e) {
            // Everything on this page comes from targets-service: without it there is no page.
            throw unavailable();
        }
        IndicatorTarget target = indicator.getTarget() == null ? new IndicatorTarget() : indicator.getTarget();
        String unit = indicator.getUnit() == null ? "" : Texts.of(indicator.getUnit().getLabel(), lang);
        Indicator shown = new Indicator(indicator.getCode(), Texts.of(indicator.getName(), lang),
                t.text("domain_" + Texts.shown(indicator.getDomain())), unit,
                indicator.getSource() == null ? "" : Texts.shown(indicator.getSource().getSentence()),
                Texts.shown(target.getStatedAs()), targetModel(target, lang));
        Section<Progress> progress = Section.read(SERVICE, () -> progress(
                targets.progress(shown.code(), orgUnit, asOf), target, unit, lang, t));
        String csv = "/api/v1/observations?indicator=" + shown.code() + "&orgUnit=" + orgUnit + "&format=csv";
        return new IndicatorPage(orgUnit, asOf, shown, progress, csv);
    }

    private static ServiceUnavailableException unavailable() {
        return new ServiceUnavailableException(SERVICE + " did not answer; try again shortly.", 5L);
    }

    private static Progress progress(IndicatorProgress p, IndicatorTarget target, String unit, Lang lang, Labels t) {
        Evaluation e = p.getEvaluation() == null ? new Evaluation() : p.getEvaluation();
        List<Number> numbers = new ArrayList<>();
        numbers.add(new Number(t.text("indicator_method"), Texts.shown(e.getMethod())));
        add(numbers, t.text("indicator_ratio"), e.getRatio(), lang, "");
        addFigure(numbers, t.text("indicator_baseline"), e.getBaseline(), unit, lang);
        addFigure(numbers, t.text("indicator_latest"), e.getLatest(), unit, lang);
        add(numbers, t.text("indicator_requiredRate"), e.getRequiredRate(), lang, " " + unit);
        add(numbers, t.text("indicator_observedRate"), e.getObservedRate(), lang, " " + unit);
        List<Figure> figures = new ArrayList<>();
        for (FigureUsed f : Texts.orEmpty(p.getFigures())) {
            Citation c = f.getCitation() == null ? new Citation() : f.getCitation();
            int others = Texts.orZero(f.getOtherValues());
            boolean linked = others > 0 && f.getId() != null;
            figures.add(new Figure(Texts.orZero(f.getYear()), Texts.figure(f.getValue(), f.getQualifier(), lang),
                    Texts.shown(f.getQuality()), c.getUrl(), c.getTitle(), c.getPublisher(),
                    linked ? othersLink(others, t) : null,
                    linked ? FigureService.url(f.getId(), lang) : null));
        }
        Chart chart = chart(Texts.orEmpty(p.getFigures()), e, target, unit, t);
        String chartJson;
        try {
            chartJson = JSON.writeValueAsString(chart);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("A chart of numbers and texts is always JSON", impossible);
        }
        return new Progress(StatusMark.of(ScoreboardService.status(e), t), numbers, Texts.of(e.getReason(), lang),
                figures, chartJson, chart.lower() != null, chart.upper() != null, chart.required() != null);
    }

    /** "2 giá trị khác" / "2 other published values" (one value has its own words in English). */
    static String othersLink(int count, Labels t) {
        return t.text(count == 1 ? "indicator_others_one" : "indicator_others").replace("{n}", String.valueOf(count));
    }

    /** What the chart draws: the figures, the target's bounds over the term, and the path still required. */
    static Chart chart(List<FigureUsed> figures, Evaluation e, IndicatorTarget target, String unit, Labels t) {
        // A figure without a value has no point: drawn at 0 it would read as a collapse.
        List<List<Object>> points = figures.stream().filter(f -> f.getYear() != null && f.getValue() != null)
                .map(f -> List.<Object>of(f.getYear(), f.getValue())).toList();
        int from = target.getPeriodFrom() == null ? 2020 : target.getPeriodFrom();
        int to = target.getPeriodTo() == null ? 2025 : target.getPeriodTo();
        List<List<Object>> required = null;
        vn.backan.congress.client.model.Figure latest = e.getLatest();
        if (latest != null && latest.getYear() != null && latest.getYear() < to) {
            boolean average = target.getKind() == TargetKind.AVERAGE;
            if (average && e.getRequiredRate() != null) {
                // A yearly rate: what each year left must reach on average.
                BigDecimal rate = BigDecimal.valueOf(e.getRequiredRate());
                required = List.of(List.<Object>of(latest.getYear() + 1, rate), List.<Object>of(to, rate));
            } else if (!average && target.getLower() != null && latest.getValue() != null) {
                required = List.of(List.<Object>of(latest.getYear(), latest.getValue()),
                        List.<Object>of(to, target.getLower()));
            }
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (String series : List.of("figures", "lower", "upper", "required")) {
            names.put(series, t.text("indicator_series_" + series));
        }
        return new Chart(unit, points, Math.min(from, 2020), Math.max(to, 2025), target.getLower(), target.getUpper(),
                required, names);
    }

    static String targetModel(IndicatorTarget target, Lang lang) {
        StringBuilder s = new StringBuilder(Texts.shown(target.getKind()));
        if (target.getLower() != null) {
            s.append(Boolean.FALSE.equals(target.getLowerInclusive()) ? " > " : " ≥ ")
                    .append(Texts.number(target.getLower(), lang));
        }
        if (target.getUpper() != null) {
            s.append(Boolean.FALSE.equals(target.getUpperInclusive()) ? " < " : " ≤ ")
                    .append(Texts.number(target.getUpper(), lang));
        }
        if (target.getPeriodFrom() != null || target.getPeriodTo() != null) {
            s.append(" (").append(Texts.shown(target.getPeriodFrom())).append("–")
                    .append(Texts.shown(target.getPeriodTo())).append(")");
        }
        return s.toString();
    }

    private static void add(List<Number> numbers, String label, Double value, Lang lang, String unit) {
        if (value != null) {
            // Rates and ratios are computed, so they can have many digits: four are enough to read.
            numbers.add(new Number(label, Texts.number(Math.round(value * 10000) / 10000.0, lang) + unit));
        }
    }

    private static void addFigure(List<Number> numbers, String label, vn.backan.congress.client.model.Figure figure,
            String unit, Lang lang) {
        if (figure != null) {
            numbers.add(new Number(label, Texts.figure(figure.getValue(), figure.getQualifier(), lang) + " " + unit + " ("
                    + Texts.shown(figure.getYear()) + ")"));
        }
    }
}
