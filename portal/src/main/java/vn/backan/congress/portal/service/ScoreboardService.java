package vn.backan.congress.portal.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.backan.congress.portal.client.TargetsApi;
import vn.backan.congress.portal.domain.Labels;
import vn.backan.congress.portal.domain.Lang;
import vn.backan.congress.portal.domain.StatusMark;

/** The scoreboard of one org unit in one year, as targets-service computes it, ready to show. */
@ApplicationScoped
public class ScoreboardService {

    public static final String PROVINCE = "06";
    public static final int FIRST_YEAR = 2020;
    public static final int LAST_YEAR = 2025;

    /** A choice in a form: its value, what it shows, and whether it is the one chosen. */
    public record Choice(String value, String label, boolean selected) {
    }

    public record Count(StatusMark mark, long count) {
    }

    public record DomainRow(String label, List<Count> counts, long total) {
    }

    /** One indicator's line: its status and latest figure (with unit and year), or none. */
    public record IndicatorRow(String code, String name, String domain, StatusMark mark, String latest) {
    }

    public record Board(List<Count> counts, List<DomainRow> domains, List<IndicatorRow> indicators, long total) {
    }

    /** What the page shows; the theme and the board each come from targets-service, and may be missing. */
    public record Scoreboard(String orgUnit, String orgUnitName, int asOf, List<Choice> orgUnits, List<Choice> years,
            Section<String> theme, Section<Board> board) {
    }

    @Inject
    @RestClient
    TargetsApi targets;

    public Scoreboard of(String orgUnit, int asOf, Lang lang) {
        Labels t = Labels.of(lang);
        Section<List<JsonNode>> units = Section.read("targets-service", () -> Texts.items(targets.orgUnits(20)));
        List<Choice> unitChoices = new ArrayList<>();
        String unitName = orgUnit;
        for (JsonNode u : units.available() ? units.content() : List.<JsonNode>of()) {
            String code = u.path("code").asText();
            String name = Texts.of(u.path("name"), lang);
            unitChoices.add(new Choice(code, name, code.equals(orgUnit)));
            unitName = code.equals(orgUnit) ? name : unitName;
        }
        if (units.available() && unitChoices.stream().noneMatch(Choice::selected)) {
            throw new BadRequestException("orgUnit " + orgUnit + " is not one of the province's units.");
        }
        List<Choice> years = new ArrayList<>();
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            years.add(new Choice(String.valueOf(y), String.valueOf(y), y == asOf));
        }
        Section<String> theme = Section.read("targets-service", () -> Texts.of(targets.resolution().path("theme"), lang));
        Section<Board> board = Section.read("targets-service", () -> board(targets.scoreboard(orgUnit, asOf),
                units(targets.indicators(200), lang), lang, t));
        return new Scoreboard(orgUnit, unitName, asOf, unitChoices, years, theme, board);
    }

    private static Board board(JsonNode scoreboard, Map<String, String> units, Lang lang, Labels t) {
        List<Count> counts = counts(scoreboard.path("counts"), t);
        List<DomainRow> domains = new ArrayList<>();
        scoreboard.path("byDomain").fields().forEachRemaining(e -> {
            List<Count> c = counts(e.getValue(), t);
            domains.add(new DomainRow(t.text("domain_" + e.getKey()), c, c.stream().mapToLong(Count::count).sum()));
        });
        List<IndicatorRow> rows = new ArrayList<>();
        for (JsonNode p : scoreboard.path("indicators")) {
            JsonNode latest = p.path("evaluation").path("latest");
            String shown = latest.isObject() ? Texts.number(latest.path("value"), lang) + " "
                    + units.getOrDefault(p.path("code").asText(), "") + " (" + latest.path("year").asInt() + ")" : "";
            rows.add(new IndicatorRow(p.path("code").asText(), Texts.of(p.path("name"), lang),
                    t.text("domain_" + p.path("domain").asText()),
                    StatusMark.of(p.path("evaluation").path("status").asText(), t), shown.replace("  ", " ")));
        }
        return new Board(counts, domains, rows, rows.size());
    }

    private static List<Count> counts(JsonNode byStatus, Labels t) {
        return StatusMark.ORDER.stream().map(s -> new Count(StatusMark.of(s, t), byStatus.path(s).asLong(0))).toList();
    }

    private static Map<String, String> units(JsonNode indicators, Lang lang) {
        Map<String, String> units = new HashMap<>();
        for (JsonNode i : indicators.path("items")) {
            units.put(i.path("code").asText(), Texts.of(i.path("unit").path("label"), lang));
        }
        return units;
    }
}
