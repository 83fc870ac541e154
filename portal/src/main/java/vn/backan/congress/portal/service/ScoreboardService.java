package vn.backan.congress.portal.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.backan.congress.client.model.Evaluation;
import vn.backan.congress.client.model.Figure;
import vn.backan.congress.client.model.IndicatorPage;
import vn.backan.congress.client.model.IndicatorProgress;
import vn.backan.congress.client.model.IndicatorView;
import vn.backan.congress.client.model.OrgUnitView;
import vn.backan.congress.client.model.Status;
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
    private static final String SERVICE = "targets-service";

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

    private final TargetsApi targets;

    @Inject
    public ScoreboardService(@RestClient TargetsApi targets) {
        this.targets = targets;
    }

    public Scoreboard of(String orgUnit, int asOf, Lang lang) {
        Labels t = Labels.of(lang);
        Section<List<OrgUnitView>> units = Section.read(SERVICE, () -> Texts.orEmpty(targets.orgUnits(20).getItems()));
        List<Choice> unitChoices = new ArrayList<>();
        String unitName = orgUnit;
        for (OrgUnitView u : units.available() ? units.content() : List.<OrgUnitView>of()) {
            String name = Texts.of(u.getName(), lang);
            unitChoices.add(new Choice(u.getCode(), name, orgUnit.equals(u.getCode())));
            unitName = orgUnit.equals(u.getCode()) ? name : unitName;
        }
        if (units.available() && unitChoices.stream().noneMatch(Choice::selected)) {
            throw new BadRequestException("orgUnit " + orgUnit + " is not one of the province's units.");
        }
        List<Choice> years = new ArrayList<>();
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            years.add(new Choice(String.valueOf(y), String.valueOf(y), y == asOf));
        }
        Section<String> theme = Section.read(SERVICE, () -> Texts.of(targets.resolution().getTheme(), lang));
        Section<Board> board = Section.read(SERVICE, () -> board(targets.scoreboard(orgUnit, asOf),
                units(targets.indicators(200), lang), lang, t));
        return new Scoreboard(orgUnit, unitName, asOf, unitChoices, years, theme, board);
    }

    private static Board board(vn.backan.congress.client.model.Scoreboard scoreboard, Map<String, String> units,
            Lang lang, Labels t) {
        List<Count> counts = counts(scoreboard.getCounts(), t);
        List<DomainRow> domains = new ArrayList<>();
        Texts.orEmpty(scoreboard.getByDomain()).forEach((domain, byStatus) -> {
            List<Count> c = counts(byStatus, t);
            domains.add(new DomainRow(t.text("domain_" + domain), c, c.stream().mapToLong(Count::count).sum()));
        });
        List<IndicatorRow> rows = new ArrayList<>();
        for (IndicatorProgress p : Texts.orEmpty(scoreboard.getIndicators())) {
            Evaluation e = p.getEvaluation();
            Figure latest = e == null ? null : e.getLatest();
            String shown = latest != null ? Texts.figure(latest.getValue(), latest.getQualifier(), lang) + " "
                    + units.getOrDefault(p.getCode(), "") + " (" + latest.getYear() + ")" : "";
            rows.add(new IndicatorRow(p.getCode(), Texts.of(p.getName(), lang), t.text("domain_"
                    + Texts.shown(p.getDomain())), StatusMark.of(status(e), t), shown.replace("  ", " ")));
        }
        return new Board(counts, domains, rows, rows.size());
    }

    /** An indicator the service has not evaluated has no data to show. */
    static String status(Evaluation e) {
        return e == null || e.getStatus() == null ? Status.NO_DATA.getValue() : e.getStatus().getValue();
    }

    private static List<Count> counts(Map<String, Long> byStatus, Labels t) {
        Map<String, Long> known = Texts.orEmpty(byStatus);
        return StatusMark.ORDER.stream().map(s -> new Count(StatusMark.of(s, t), known.getOrDefault(s, 0L))).toList();
    }

    private static Map<String, String> units(IndicatorPage indicators, Lang lang) {
        Map<String, String> units = new HashMap<>();
        for (IndicatorView i : Texts.orEmpty(indicators.getItems())) {
            units.put(i.getCode(), i.getUnit() == null ? "" : Texts.of(i.getUnit().getLabel(), lang));
        }
        return units;
    }
}
