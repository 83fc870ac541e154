package vn.backan.congress.portal.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
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

    /** A figure as the table under the chart shows it, with the page it was published on, if any. */
    public record Figure(int year, String value, String quality, String sourceUrl, String sourceTitle,
            String publisher) {
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

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    @RestClient
    TargetsApi targets;

    public IndicatorPage of(String code, String orgUnit, int asOf, Lang lang) {
        Labels t = Labels.of(lang);
        JsonNode indicator;
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
        String unit = Texts.of(indicator.path("unit").path("label"), lang);
        Indicator shown = new Indicator(indicator.path("code").asText(), Texts.of(indicator.path("name"), lang),
                t.text("domain_" + indicator.path("domain").asText()), unit,
                indicator.path("source").path("sentence").asText(), indicator.path("target").path("statedAs").asText(""),
                targetModel(indicator.path("target"), lang));
        Section<Progress> progress = Section.read("targets-service", () -> progress(
                targets.progress(shown.code(), orgUnit, asOf), indicator.path("target"), unit, lang, t));
        String csv = "/api/v1/observations?indicator=" + shown.code() + "&orgUnit=" + orgUnit + "&format=csv";
        return new IndicatorPage(orgUnit, asOf, shown, progress, csv);
    }

    private static ServiceUnavailableException unavailable() {
        return new ServiceUnavailableException("targets-service did not answer; try again shortly.", 5L);
    }

    private static Progress progress(JsonNode p, JsonNode target, String unit, Lang lang, Labels t) {
        JsonNode e = p.path("evaluation");
        List<Number> numbers = new ArrayList<>();
        numbers.add(new Number(t.text("indicator_method"), e.path("method").asText("")));
        add(numbers, t.text("indicator_ratio"), e.path("ratio"), lang, "");
        addFigure(numbers, t.text("indicator_baseline"), e.path("baseline"), unit, lang);
        addFigure(numbers, t.text("indicator_latest"), e.path("latest"), unit, lang);
        add(numbers, t.text("indicator_requiredRate"), e.path("requiredRate"), lang, " " + unit);
        add(numbers, t.text("indicator_observedRate"), e.path("observedRate"), lang, " " + unit);
        List<Figure> figures = new ArrayList<>();
        for (JsonNode f : p.path("figures")) {
            JsonNode c = f.path("citation");
            figures.add(new Figure(f.path("year").asInt(), Texts.number(f.path("value"), lang),
                    f.path("quality").asText(""), c.path("url").asText(null), c.path("title").asText(null),
                    c.path("publisher").asText(null)));
        }
        ObjectNode chart = chart(p.path("figures"), e, target, unit, t);
        return new Progress(StatusMark.of(e.path("status").asText(), t), numbers, e.path("reason").asText(""),
                figures, chart.toString(), chart.has("lower"), chart.has("upper"), chart.has("required"));
    }

    /** What the chart draws: the figures, the target's bounds over the term, and the path still required. */
    private static ObjectNode chart(JsonNode figures, JsonNode e, JsonNode target, String unit, Labels t) {
        ObjectNode chart = JSON.createObjectNode();
        chart.put("unit", unit);
        ArrayNode points = chart.putArray("figures");
        figures.forEach(f -> points.addArray().add(f.path("year").asInt()).add(f.path("value").decimalValue()));
        int from = target.path("periodFrom").asInt(2020);
        int to = target.path("periodTo").asInt(2025);
        chart.put("from", Math.min(from, 2020));
        chart.put("to", Math.max(to, 2025));
        if (target.path("lower").isNumber()) {
            chart.put("lower", target.path("lower").decimalValue());
        }
        if (target.path("upper").isNumber()) {
            chart.put("upper", target.path("upper").decimalValue());
        }
        JsonNode latest = e.path("latest");
        if (latest.isObject() && latest.path("year").asInt() < to) {
            ArrayNode path = chart.putArray("required");
            boolean average = "AVERAGE".equals(target.path("kind").asText());
            if (average && e.path("requiredRate").isNumber()) {
                // A yearly rate: what each year left must reach on average.
                path.addArray().add(latest.path("year").asInt() + 1).add(e.path("requiredRate").decimalValue());
                path.addArray().add(to).add(e.path("requiredRate").decimalValue());
            } else if (!average && target.path("lower").isNumber()) {
                path.addArray().add(latest.path("year").asInt()).add(latest.path("value").decimalValue());
                path.addArray().add(to).add(target.path("lower").decimalValue());
            }
        }
        ObjectNode names = chart.putObject("names");
        for (String series : List.of("figures", "lower", "upper", "required")) {
            names.put(series, t.text("indicator_series_" + series));
        }
        return chart;
    }

    private static String targetModel(JsonNode target, Lang lang) {
        StringBuilder s = new StringBuilder(target.path("kind").asText(""));
        if (target.path("lower").isNumber()) {
            s.append(target.path("lowerInclusive").asBoolean(true) ? " ≥ " : " > ")
                    .append(Texts.number(target.path("lower"), lang));
        }
        if (target.path("upper").isNumber()) {
            s.append(target.path("upperInclusive").asBoolean(true) ? " ≤ " : " < ")
                    .append(Texts.number(target.path("upper"), lang));
        }
        if (target.path("periodFrom").isNumber() || target.path("periodTo").isNumber()) {
            s.append(" (").append(target.path("periodFrom").asText("")).append("–")
                    .append(target.path("periodTo").asText("")).append(")");
        }
        return s.toString();
    }

    private static void add(List<Number> numbers, String label, JsonNode value, Lang lang, String unit) {
        if (value.isNumber()) {
            numbers.add(new Number(label, Texts.number(JSON.valueToTree(Math.round(value.asDouble() * 10000) / 10000.0),
                    lang) + unit));
        }
    }

    private static void addFigure(List<Number> numbers, String label, JsonNode figure, String unit, Lang lang) {
        if (figure.isObject()) {
            numbers.add(new Number(label, Texts.number(figure.path("value"), lang) + " " + unit + " ("
                    + figure.path("year").asInt() + ")"));
        }
    }
}
