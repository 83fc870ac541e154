package vn.backan.congress.portal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ServiceUnavailableException;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.backan.congress.portal.client.TargetsApi;
import vn.backan.congress.portal.domain.Lang;
import vn.backan.congress.portal.service.FigureService.FigurePage;
import vn.backan.congress.portal.service.FigureService.Other;
import vn.backan.congress.portal.service.FigureService.Source;

/**
 * A figure's page from fixtures/targets: figure 12 is the province's 2022 GRDP growth, 6,01 from a
 * page dated 2023-11, with three values other pages published (6,01 dated 2023-01, 5,88 and 6,01
 * undated); figure 71 is the province's 2021 food per head, "trên 562" kg, with none.
 */
class FigureServiceTest {

    private static final String POST57440 = "https://baobackan.com.vn/phat-trien-dang-vien-o-vung-dong-bao-co-dao-vung"
            + "-dan-toc-thieu-so-bac-kan-ky-3-xay-dung-cung-co-he-thong-chinh-tri-o-co-so-post57440.html";

    private final Upstream targets = new Upstream("targets");
    private final FigureService service = new FigureService(targets.client(TargetsApi.class));

    @Test
    void aFigureWithTheValuesOtherPagesPublishedInVietnamese() {
        FigurePage page = service.of(12, Lang.VI);

        assertEquals("ECO-GRDP-GROWTH", page.indicatorCode());
        assertEquals("Tốc độ tăng trưởng GRDP bình quân", page.indicatorName());
        assertEquals("%/năm", page.unit());
        assertEquals("06", page.orgUnit());
        assertEquals("Tỉnh Bắc Kạn", page.orgUnitName());
        assertEquals(2022, page.year());
        assertEquals("/vi/indicators/ECO-GRDP-GROWTH?orgUnit=06&asOf=2022", page.indicatorUrl());
        assertNull(page.state(), "an approved figure says nothing of its state");

        assertEquals("6,01", page.figure().value());
        assertEquals("ESTIMATE", page.figure().quality());
        Source source = page.figure().source();
        assertEquals(POST57440, source.url());
        assertEquals("Báo Bắc Kạn", source.publisher());
        assertEquals("[Báo Bắc Kạn article, post57440 (Phát triển đảng viên ở vùng đồng bào có đạo… Kỳ 3)]",
                source.title());
        assertEquals("2023-11", source.date(), "the date as the page gives it, to the month");
        assertTrue(source.dated());
        assertEquals("Tổng sản phẩm GRDP năm 2022 theo giá so sánh ước đạt 8.297 tỷ đồng, tăng trưởng 6,01% so với"
                + " năm 2021.", source.quote());

        List<Other> others = page.others();
        assertEquals(List.of("6,01", "5,88", "6,01"), others.stream().map(Other::value).toList());
        assertEquals(List.of("FINAL", "PRELIMINARY", "ESTIMATE"), others.stream().map(Other::quality).toList());
        assertEquals(List.of("Báo Bắc Kạn", "Cổng Thông tin điện tử tỉnh Bắc Kạn",
                "Dân tộc và Miền núi (dantocmiennui.vn)"), others.stream().map(o -> o.source().publisher()).toList());
        assertEquals(List.of("2023-01", "không ghi ngày", "không ghi ngày"),
                others.stream().map(o -> o.source().date()).toList());
        assertEquals(List.of(true, false, false), others.stream().map(o -> o.source().dated()).toList());
        assertEquals("trang của giá trị được chọn đăng muộn hơn", others.get(0).reason());
        assertEquals("trang này không ghi ngày, trang của giá trị được chọn có ghi ngày", others.get(1).reason());
        assertEquals("https://backan.gov.vn:443/pages/grdp-tang-truong-lien-tuc-va-kha-on-dinh-9585.aspx",
                others.get(1).source().url());
        assertEquals("Năm 2022, tốc độ phát triển đạt 5,88%, trong đó, ngành nông, lâm nghiệp, thuỷ sản tăng 3,84%,"
                + " chiếm 29,05% trong cơ cấu nền kinh tế; ngành công nghiệp - xây dựng tăng 6,61%, chiếm 16,04%;"
                + " ngành dịch vụ tăng 6,80%, chiếm 51,48%.", others.get(1).source().quote(), "verbatim");
        assertEquals(List.of("observations-12", "indicators-ECO-GRDP-GROWTH", "org-units"), targets.reads);
    }

    @Test
    void inEnglishTheReasonsAndLabelsAreEnglishAndTheQuotesStayVietnamese() {
        FigurePage page = service.of(12, Lang.EN);

        assertEquals("Average GRDP growth", page.indicatorName());
        assertEquals("Bắc Kạn province", page.orgUnitName());
        assertEquals("/en/indicators/ECO-GRDP-GROWTH?orgUnit=06&asOf=2022", page.indicatorUrl());
        assertEquals("6.01", page.figure().value());
        assertEquals(List.of("6.01", "5.88", "6.01"), page.others().stream().map(Other::value).toList());
        assertEquals(List.of("2023-01", "no date shown", "no date shown"),
                page.others().stream().map(o -> o.source().date()).toList());
        assertEquals("the chosen value's page was published later", page.others().get(0).reason());
        assertEquals("this page shows no date; the chosen value's page does", page.others().get(2).reason());
        assertTrue(page.others().get(2).source().quote().startsWith("Tốc độ tăng trưởng kinh tế năm 2022 ước đạt"
                + " 6,01%"), "a quote is as published, in any language");
    }

    @Test
    void aBoundWithoutOtherValues() {
        FigurePage vi = service.of(71, Lang.VI);

        assertEquals("trên 562", vi.figure().value(), "the page said 'trên 562 kg': a bound, not 562");
        assertEquals("kg/người/năm", vi.unit());
        assertEquals(List.of(), vi.others());
        assertEquals("2021-11-11", vi.figure().source().date());
        assertTrue(vi.figure().source().quote().endsWith("lương thực bình quân đầu người ước đạt trên 562 kg, bằng"
                + " 102% kế hoạch."));

        FigurePage en = service.of(71, Lang.EN);
        assertEquals("more than 562", en.figure().value());
        assertEquals("Food grain output per capita", en.indicatorName());
    }

    @Test
    void aFigureNotYetApprovedAndWithoutAPageSaysBoth() {
        FigurePage vi = service.of(13, Lang.VI);

        assertEquals("Đã gửi, chưa duyệt", vi.state());
        assertNull(vi.figure().source(), "no citation, no page to show");
        assertEquals("6,35", vi.figure().value());
        assertEquals(List.of(), vi.others(), "an answer without otherValues has none");
        assertEquals("Submitted, not yet approved", service.of(13, Lang.EN).state());
    }

    @Test
    void aFigureTheServiceDoesNotHaveIsNotFound() {
        NotFoundException e = assertThrows(NotFoundException.class, () -> service.of(999, Lang.VI));

        assertEquals("There is no figure 999.", e.getMessage());
        assertEquals(List.of("observations-999"), targets.reads, "nothing else is read for no figure");
    }

    @Test
    void withoutTargetsServiceThereIsNoPageButA503WithRetryAfter() {
        targets.down();

        ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
                () -> service.of(12, Lang.VI));
        assertEquals("5", e.getResponse().getHeaderString("Retry-After"));
    }

    @Test
    void theFigureRefusedOtherwiseThanNotFoundIsA503Too() {
        targets.refusing("observations-12", 500);

        assertThrows(ServiceUnavailableException.class, () -> service.of(12, Lang.EN));
    }

    @Test
    void withoutTheLabelsTheCodesNameTheFigure() {
        targets.refusing("indicators-ECO-GRDP-GROWTH", 503).refusing("org-units", 429);

        FigurePage page = service.of(12, Lang.VI);

        assertEquals("ECO-GRDP-GROWTH", page.indicatorName());
        assertEquals("", page.unit());
        assertEquals("06", page.orgUnitName());
        assertEquals(3, page.others().size(), "the figure itself is all there");
    }

    @Test
    void theIndicatorsPageIsLinkedOnlyWithParametersItTakes() {
        assertEquals("/en/indicators/X-1?orgUnit=061&asOf=2025", FigureService.indicatorUrl("X-1", "061", 2025,
                Lang.EN));
        assertEquals("/vi/indicators/X-1?asOf=2020", FigureService.indicatorUrl("X-1", "6", 2020, Lang.VI));
        assertEquals("/vi/indicators/X-1?orgUnit=06", FigureService.indicatorUrl("X-1", "06", 2019, Lang.VI));
        assertFalse(FigureService.indicatorUrl("X-1", "", 0, Lang.VI).contains("?"));
    }
}
