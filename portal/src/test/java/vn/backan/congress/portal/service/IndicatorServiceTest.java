package vn.backan.congress.portal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ServiceUnavailableException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.backan.congress.client.model.Evaluation;
import vn.backan.congress.client.model.Figure;
import vn.backan.congress.client.model.FigureUsed;
import vn.backan.congress.client.model.IndicatorTarget;
import vn.backan.congress.client.model.Qualifier;
import vn.backan.congress.client.model.TargetKind;
import vn.backan.congress.portal.domain.Labels;
import vn.backan.congress.portal.client.TargetsApi;
import vn.backan.congress.portal.domain.Lang;
import vn.backan.congress.portal.service.IndicatorService.IndicatorPage;
import vn.backan.congress.portal.service.IndicatorService.Number;

/** An indicator's page from fixtures/targets: its target, the numbers behind its status, its figures and chart. */
class IndicatorServiceTest {

    private static final String CODE = "ECO-GRDP-GROWTH";

    private final Upstream targets = new Upstream("targets");
    private final IndicatorService service = new IndicatorService(targets.client(TargetsApi.class));

    @Test
    void anAverageTargetInVietnamese() throws Exception {
        IndicatorPage page = service.of(CODE, "06", 2024, Lang.VI);

        var indicator = page.indicator();
        assertEquals("Tốc độ tăng trưởng GRDP bình quân", indicator.name());
        assertEquals("Kinh tế", indicator.domain());
        assertEquals("%/năm", indicator.unit());
        assertEquals("Tốc độ tăng trưởng kinh tế (GRDP) bình quân 5 năm đạt 6,5%/năm trở lên.", indicator.sentence());
        assertEquals("Tốc độ tăng trưởng kinh tế (GRDP) bình quân đạt 6,5%/năm trở lên", indicator.targetText());
        assertEquals("AVERAGE ≥ 6,5 (2021–2025)", indicator.targetModel());
        assertEquals("/api/v1/observations?indicator=ECO-GRDP-GROWTH&orgUnit=06&format=csv", page.csvUrl());

        var progress = page.progress().content();
        assertEquals("Đúng tiến độ", progress.mark().label());
        // ratio 0.9876543 → 0.9877; required rate 7.123456 → 7.1235 (four decimals, half up).
        assertEquals(List.of(new Number("Phương pháp", "AVERAGE_OF_YEARLY"), new Number("Tỷ số tiến độ (R)", "0,9877"),
                new Number("Số liệu gốc", "2,2 %/năm (2020)"), new Number("Số liệu mới nhất", "6,35 %/năm (2023)"),
                new Number("Tốc độ còn cần đạt", "7,1235 %/năm"), new Number("Tốc độ đã đạt", "5,9 %/năm")),
                progress.numbers());
        assertEquals("Bình quân 2021–2023 là 5,9%; hai năm còn lại cần 7,12%/năm.", progress.reason());
        assertEquals(List.of(2021, 2022, 2023), progress.figures().stream().map(f -> f.year()).toList());
        assertEquals(List.of("5,1", "6,01", "6,35"), progress.figures().stream().map(f -> f.value()).toList());
        var first = progress.figures().get(0);
        assertEquals("FINAL", first.quality());
        assertEquals("https://thongke.backan.gov.vn/nien-giam-2021", first.sourceUrl());
        assertEquals("Niên giám thống kê 2021", first.sourceTitle());
        assertEquals("Cục Thống kê Bắc Kạn", first.publisher());
        assertNull(progress.figures().get(2).sourceUrl(), "a figure without a citation links nowhere");
        assertEquals("PRELIMINARY", progress.figures().get(2).quality());
        // 2022's figure has three values other pages published: one click away, on its own page.
        assertEquals("3 giá trị khác", progress.figures().get(1).others());
        assertEquals("/vi/figures/12", progress.figures().get(1).figureUrl());
        assertNull(first.others(), "no other values, no link");
        assertNull(first.figureUrl());
        assertNull(progress.figures().get(2).figureUrl());

        JsonNode chart = Upstream.JSON.readTree(progress.chartJson());
        assertEquals("%/năm", chart.get("unit").asText());
        assertEquals("[[2021,5.1],[2022,6.01],[2023,6.35]]", chart.get("figures").toString());
        assertEquals(2020, chart.get("from").asInt(), "the term's first year, before the target's period");
        assertEquals(2025, chart.get("to").asInt());
        assertEquals(new BigDecimal("6.5"), chart.get("lower").decimalValue());
        assertFalse(chart.has("upper"));
        // An average: what each year left (2024, 2025) must reach.
        assertEquals("[[2024,7.123456],[2025,7.123456]]", chart.get("required").toString());
        assertEquals("Lộ trình còn cần", chart.get("names").get("required").asText());
        assertTrue(progress.hasLower());
        assertFalse(progress.hasUpper());
        assertTrue(progress.hasRequired());
    }

    @Test
    void inEnglish() {
        IndicatorPage page = service.of(CODE, "061", 2024, Lang.EN);

        assertEquals("Average GRDP growth", page.indicator().name());
        assertEquals("AVERAGE ≥ 6.5 (2021–2025)", page.indicator().targetModel());
        assertEquals("Progress ratio (R) 0.9877", page.progress().content().numbers().get(1).label() + " "
                + page.progress().content().numbers().get(1).value());
        assertEquals("6.35 %/year (2023)", page.progress().content().numbers().get(3).value());
        assertEquals("Mean 2021–2023 is 5.9%; the two years left need 7.12%/year.", page.progress().content().reason(),
                "the reason in the page's language");
        var figure2022 = page.progress().content().figures().get(1);
        assertEquals("3 other published values", figure2022.others());
        assertEquals("/en/figures/12", figure2022.figureUrl());
    }

    @Test
    void aFigureThatIsABoundShowsItsBoundWord() {
        var vi = service.of("AGR-FOOD-PER-CAPITA", "06", 2021, Lang.VI).progress().content();
        var en = service.of("AGR-FOOD-PER-CAPITA", "06", 2021, Lang.EN).progress().content();

        // The page said "trên 562 kg": more than 562, never 562 itself.
        assertEquals("trên 562", vi.figures().get(0).value());
        assertEquals("more than 562", en.figures().get(0).value());
        assertEquals(new Number("Số liệu mới nhất", "trên 562 kg/người/năm (2021)"), vi.numbers().get(1));
        assertEquals(new Number("Latest figure", "more than 562 kg per person per year (2021)"), en.numbers().get(1));
        assertNull(vi.figures().get(0).figureUrl(), "a bound alone, no other values");
    }

    @Test
    void everyBoundHasItsWordInBothLanguages() {
        assertEquals(List.of("ít nhất 1.035", "dưới 6,35", "không quá 0,5", "35.130"), List.of(
                Texts.figure(new BigDecimal("1035"), Qualifier.AT_LEAST, Lang.VI),
                Texts.figure(new BigDecimal("6.35"), Qualifier.BELOW, Lang.VI),
                Texts.figure(new BigDecimal("0.5"), Qualifier.AT_MOST, Lang.VI),
                Texts.figure(new BigDecimal("35130"), Qualifier.EXACT, Lang.VI)));
        assertEquals(List.of("at least 1,035", "less than 6.35", "at most 0.5", "more than 30"), List.of(
                Texts.figure(new BigDecimal("1035"), Qualifier.AT_LEAST, Lang.EN),
                Texts.figure(new BigDecimal("6.35"), Qualifier.BELOW, Lang.EN),
                Texts.figure(new BigDecimal("0.5"), Qualifier.AT_MOST, Lang.EN),
                Texts.figure(new BigDecimal("30"), Qualifier.ABOVE, Lang.EN)));
        assertEquals("", Texts.figure(null, Qualifier.ABOVE, Lang.VI), "no value, no bound of it");
        assertEquals("1 other published value", IndicatorService.othersLink(1, Labels.of(Lang.EN)));
        assertEquals("1 giá trị khác", IndicatorService.othersLink(1, Labels.of(Lang.VI)));
    }

    @Test
    void anUnknownIndicatorIsNotFound() {
        assertThrows(NotFoundException.class, () -> service.of("NOPE-1", "06", 2024, Lang.VI));
    }

    @Test
    void withoutTargetsServiceThereIsNoPageButA503WithRetryAfter() {
        targets.down();

        ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
                () -> service.of(CODE, "06", 2024, Lang.VI));
        assertEquals("5", e.getResponse().getHeaderString("Retry-After"));
    }

    @Test
    void theIndicatorRefusedOtherwiseThanNotFoundIsA503Too() {
        targets.refusing("indicators-" + CODE, 429);

        assertThrows(ServiceUnavailableException.class, () -> service.of(CODE, "06", 2024, Lang.VI));
    }

    @Test
    void theProgressRefusingThePagesParametersIsABadRequest() {
        targets.refusing("progress-" + CODE, 400);

        assertThrows(BadRequestException.class, () -> service.of(CODE, "062", 2024, Lang.VI));
    }

    @Test
    void theProgressRefusedOtherwiseLeavesTheIndicatorAndItsTarget() {
        targets.refusing("progress-" + CODE, 404);

        IndicatorPage page = service.of(CODE, "06", 2024, Lang.VI);

        assertEquals("AVERAGE ≥ 6,5 (2021–2025)", page.indicator().targetModel());
        assertEquals("targets-service", page.progress().unavailableService());
    }

    @Test
    void exclusiveBoundsAndARange() {
        IndicatorTarget range = new IndicatorTarget().kind(TargetKind.RANGE).lower(new BigDecimal("1.5"))
                .lowerInclusive(false).upper(new BigDecimal("35130")).upperInclusive(false).periodTo(2025);
        assertEquals("RANGE > 1,5 < 35.130 (–2025)", IndicatorService.targetModel(range, Lang.VI));
        assertEquals("RANGE > 1.5 < 35,130 (–2025)", IndicatorService.targetModel(range, Lang.EN));
        assertEquals("QUALITATIVE", IndicatorService.targetModel(new IndicatorTarget().kind(TargetKind.QUALITATIVE),
                Lang.VI));
    }

    @Test
    void aLowerBoundIsReachedFromTheLatestFigure() {
        // Not an average: the path runs from the latest figure (2022: 70) to the bound in the last year (75 in 2025).
        IndicatorTarget atLeast = new IndicatorTarget().kind(TargetKind.AT_LEAST).lower(new BigDecimal("75"))
                .periodFrom(2021).periodTo(2025);
        Evaluation e = new Evaluation().latest(new Figure().year(2022).value(new BigDecimal("70")));
        var chart = IndicatorService.chart(List.of(new FigureUsed().year(2022).value(new BigDecimal("70"))), e,
                atLeast, "%", Labels.of(Lang.EN));

        assertEquals(List.of(List.of(2022, new BigDecimal("70")), List.of(2025, new BigDecimal("75"))),
                chart.required());
        assertNull(chart.upper());
        assertEquals(List.of(List.of(2022, new BigDecimal("70"))), chart.figures());
    }

    @Test
    void aFigureWithoutAValueIsNoPointOfTheChart() {
        IndicatorTarget atLeast = new IndicatorTarget().kind(TargetKind.AT_LEAST).lower(new BigDecimal("75"));
        var chart = IndicatorService.chart(List.of(new FigureUsed().year(2021), new FigureUsed().year(2022)
                .value(new BigDecimal("71.5"))), new Evaluation(), atLeast, "%", Labels.of(Lang.VI));

        assertEquals(List.of(List.of(2022, new BigDecimal("71.5"))), chart.figures());
        assertNull(chart.required(), "no latest figure, no path from it");
        assertEquals(2020, chart.from());
        assertEquals(2025, chart.to());
    }

    @Test
    void noPathIsRequiredOnceTheTermsLastYearHasAFigure() {
        IndicatorTarget atLeast = new IndicatorTarget().kind(TargetKind.AT_LEAST).lower(new BigDecimal("75"))
                .periodTo(2025);
        Evaluation e = new Evaluation().latest(new Figure().year(2025).value(new BigDecimal("76")));

        assertNull(IndicatorService.chart(List.of(), e, atLeast, "%", Labels.of(Lang.VI)).required());
    }
}
