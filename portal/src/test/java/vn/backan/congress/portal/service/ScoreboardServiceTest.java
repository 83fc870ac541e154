package vn.backan.congress.portal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.BadRequestException;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.backan.congress.portal.client.TargetsApi;
import vn.backan.congress.portal.domain.Lang;
import vn.backan.congress.portal.service.ScoreboardService.Choice;
import vn.backan.congress.portal.service.ScoreboardService.Count;
import vn.backan.congress.portal.service.ScoreboardService.IndicatorRow;
import vn.backan.congress.portal.service.ScoreboardService.Scoreboard;

/** The scoreboard (and the widget, which shows its counts) from fixtures/targets: answering, down, refusing. */
class ScoreboardServiceTest {

    private final Upstream targets = new Upstream("targets");
    private final ScoreboardService service = new ScoreboardService(targets.client(TargetsApi.class));

    @Test
    void theProvinceInVietnameseCountsEveryStatusAndShowsEachLatestFigureWithItsUnit() {
        Scoreboard page = service.of("06", 2024, Lang.VI);

        assertEquals("Tỉnh Bắc Kạn", page.orgUnitName());
        assertEquals(List.of(new Choice("06", "Tỉnh Bắc Kạn", true), new Choice("061", "Thành phố Bắc Kạn", false),
                new Choice("062", "Huyện Pác Nặm", false)), page.orgUnits());
        assertEquals(List.of("2024"), page.years().stream().filter(Choice::selected).map(Choice::value).toList());
        assertEquals(6, page.years().size(), "2020 to 2025");
        assertEquals("Đoàn kết, đổi mới, phát triển", page.theme().content());
        var board = page.board().content();
        // counts: ACHIEVED 1, ON_TRACK 1, NO_DATA 1; the three statuses the service left out are 0.
        assertEquals(List.of("ACHIEVED=1", "ON_TRACK=1", "AT_RISK=0", "OFF_TRACK=0", "NOT_ACHIEVED=0", "NO_DATA=1"),
                board.counts().stream().map(c -> c.mark().status() + "=" + c.count()).toList());
        assertEquals("Đạt", board.counts().get(0).mark().label());
        // ECONOMY: ON_TRACK 1 + NO_DATA 1 = 2; AGRICULTURE_FORESTRY: ACHIEVED 1.
        assertEquals(List.of("Kinh tế (2)", "Nông, lâm nghiệp (1)"),
                board.domains().stream().map(d -> d.label() + " (" + d.total() + ")").toList());
        assertEquals(1, board.domains().get(0).counts().stream().filter(c -> c.mark().status().equals("NO_DATA"))
                .mapToLong(Count::count).sum());
        assertEquals(3, board.total());
        IndicatorRow growth = board.indicators().get(0);
        assertEquals("ECO-GRDP-GROWTH", growth.code());
        assertEquals("Tốc độ tăng trưởng GRDP bình quân", growth.name());
        assertEquals("Kinh tế", growth.domain());
        assertEquals("Đúng tiến độ", growth.mark().label());
        assertEquals("6,35 %/năm (2023)", growth.latest(), "the unit comes from the indicators' list");
        assertEquals("73,2 % (2024)", board.indicators().get(1).latest());
        assertEquals("", board.indicators().get(2).latest(), "no figure yet");
        assertEquals("NO_DATA", board.indicators().get(2).mark().status());
    }

    @Test
    void aDistrictInEnglish() {
        Scoreboard page = service.of("061", 2021, Lang.EN);

        assertEquals("Bắc Kạn city", page.orgUnitName());
        assertEquals("Unity, renewal, development", page.theme().content());
        IndicatorRow growth = page.board().content().indicators().get(0);
        assertEquals("Average GRDP growth", growth.name());
        assertEquals("Economy", growth.domain());
        assertEquals("On track", growth.mark().label());
        assertEquals("6.35 %/year (2023)", growth.latest());
        assertEquals(List.of("Economy", "Agriculture and forestry"),
                page.board().content().domains().stream().map(d -> d.label()).toList());
    }

    @Test
    void targetsServiceDownLeavesTheFormAndSaysWhichServiceIsMissing() {
        targets.down();

        Scoreboard page = service.of("061", 2024, Lang.VI);

        assertEquals("061", page.orgUnitName(), "no names without the service: the code it was asked for");
        assertTrue(page.orgUnits().isEmpty());
        assertEquals(6, page.years().size());
        assertFalse(page.theme().available());
        assertEquals("targets-service", page.theme().unavailableService());
        assertFalse(page.board().available());
        assertEquals("targets-service", page.board().unavailableService());
        assertNull(page.board().content());
    }

    @Test
    void anOrgUnitTheServiceDoesNotListIsABadRequest() {
        assertThrows(BadRequestException.class, () -> service.of("069", 2024, Lang.VI));
        assertEquals(List.of("org-units"), targets.reads, "nothing else is read for a page that cannot be");
    }

    @Test
    void theScoreboardRefusingThePagesParametersIsABadRequest() {
        targets.refusing("progress", 400);

        assertThrows(BadRequestException.class, () -> service.of("06", 2024, Lang.VI));
    }

    @Test
    void theScoreboardRefusedOtherwiseCostsOnlyTheBoard() {
        targets.refusing("progress", 404);

        Scoreboard page = service.of("06", 2024, Lang.EN);

        assertEquals("Bắc Kạn province", page.orgUnitName());
        assertEquals("Unity, renewal, development", page.theme().content());
        assertEquals("targets-service", page.board().unavailableService());
    }

    @Test
    void theIndicatorsListRefusedCostsTheBoardToo() {
        // The board's units come from the indicators' list: without them the figures would lose their units.
        targets.refusing("indicators", 422);

        assertFalse(service.of("06", 2024, Lang.VI).board().available());
    }
}
