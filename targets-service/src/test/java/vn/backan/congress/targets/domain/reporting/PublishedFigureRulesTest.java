package vn.backan.congress.targets.domain.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.backan.congress.targets.domain.Qualifier;
import vn.backan.congress.targets.domain.Quality;

/** The hard cases of the published record: a figure in its sentence, its bound, and how final it is. */
class PublishedFigureRulesTest {

    private static final String PAC_NAM_2023 = "Một số chỉ tiêu đạt và vượt cao như: Tổng giá trị sản xuất trên 721 tỷ"
            + " đồng, đạt 103% kế hoạch; thu ngân sách nhà nước đạt 11,5 tỷ đồng, bằng 103,6% kế hoạch; sản lượng lương"
            + " thực bình quân ước đạt 500kg/người/năm, đạt 100% kế hoạch; trồng rừng 684ha, đạt 265% kế hoạch.";
    private static final String GRDP_2023 = "Năm 2023, tốc độ phát triển ước đạt 6,33%, trong đó, ngành nông, lâm"
            + " nghiệp, thuỷ sản tăng 3,45%, chiếm 27,77% trong cơ cấu nền kinh tế; ngành công nghiệp - xây dựng tăng"
            + " 9,16%, chiếm 16,37%; ngành dịch vụ tăng 7,13%, chiếm 52,89%.";
    private static final String BA_BE_2021 = "Năm 2021, tổng sản lượng lương thực có hạt toàn huyện ước đạt trên"
            + " 30.261 tấn, đạt 98,9% kế hoạch (KH); bình quân lương thực đầu người đạt 619 kg/người/năm, đạt 106,7% KH.";

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void aFigureIsFoundOnlyAsAWholeVietnameseNumber() {
        assertEquals("1.035", FigureInQuote.vietnamese(n("1035")));
        assertEquals("742,5", FigureInQuote.vietnamese(n("742.5")));
        assertEquals("18,50", FigureInQuote.vietnamese(n("18.50")));
        assertEquals("11.200", FigureInQuote.vietnamese(n("11200")));
        assertEquals(28, FigureInQuote.find("tổng thu ngân sách ước được 1.035 tỷ đồng", n("1035")));
        assertEquals(3, FigureInQuote.find("có 01 sản phẩm 5 sao", n("1")));
        assertEquals(-1, FigureInQuote.find("ước được 1.035 tỷ", n("35")), "a part of a number is not the number");
        assertEquals(-1, FigureInQuote.find("đạt 46,35 triệu", n("46.3")));
        assertEquals(-1, FigureInQuote.find("đạt 1035 tỷ", n("1035")), "written without the thousands dot");
    }

    @Test
    void anEstimateWordInAnotherClauseDoesNotMakeAnEstimate() {
        assertEquals(Quality.ESTIMATE, QualityRule.derive(PAC_NAM_2023, n("500"), "2024", 2023));
        assertEquals(Quality.FINAL, QualityRule.derive(PAC_NAM_2023, n("684"), "2024", 2023));
        assertEquals(Quality.FINAL, QualityRule.derive(BA_BE_2021, n("619"), "2022-01-20", 2021));
        assertEquals(Quality.ESTIMATE, QualityRule.derive(BA_BE_2021, n("30261"), "2022-01-20", 2021));
    }

    @Test
    void anEstimateBeforeOfWhichReachesEveryClauseAfterIt() {
        assertEquals(Quality.ESTIMATE, QualityRule.derive(GRDP_2023, n("6.33"), null, 2023));
        assertEquals(Quality.ESTIMATE, QualityRule.derive(GRDP_2023, n("3.45"), null, 2023));
        assertEquals(Quality.ESTIMATE, QualityRule.derive(GRDP_2023, n("9.16"), null, 2023));
        assertEquals(Quality.ESTIMATE, QualityRule.derive(GRDP_2023, n("52.89"), null, 2023));
    }

    @Test
    void anUndatedPageOrOneOfTheSameYearIsPreliminaryALaterOneFinal() {
        String quote = "Năm 2021 huyện Bạch Thông kết nạp mới 93 đảng viên, đạt trên 103 % kế hoạch.";
        assertEquals(Quality.PRELIMINARY, QualityRule.derive(quote, n("93"), null, 2021));
        assertEquals(Quality.PRELIMINARY, QualityRule.derive(quote, n("93"), "2021-12", 2021));
        assertEquals(Quality.FINAL, QualityRule.derive(quote, n("93"), "2022", 2021));
        assertTrue(QualityRule.agrees(Quality.SERIES_BREAK, Quality.FINAL));
        assertFalse(QualityRule.agrees(Quality.SERIES_BREAK, Quality.PRELIMINARY));
        assertFalse(QualityRule.agrees(Quality.FINAL, Quality.PRELIMINARY));
    }

    @Test
    void nuocAndDuocAreNotEstimates() {
        String quote = "Tỷ lệ hộ dân nông thôn được sử dụng nước hợp vệ sinh đạt 98%.";
        assertEquals(Quality.FINAL, QualityRule.derive(quote, n("98"), "2024-01", 2023));
    }

    @Test
    void theWordsBeforeAFigureSayWhetherItIsABound() {
        assertEquals(Qualifier.ABOVE, QualifierRule.of("lương thực bình quân đầu người ước đạt trên 562 kg", n("562")));
        assertEquals(Qualifier.ABOVE, QualifierRule.of("có hơn 30 sản phẩm OCOP đạt từ 3 đến 4 sao", n("30")));
        assertEquals(Qualifier.ABOVE, QualifierRule.of("Thu ngân sách được hơn 900 tỷ đồng", n("900")));
        assertEquals(Qualifier.BELOW, QualifierRule.of("vùng dự án gần 25.000 tỷ đồng", n("25000")));
        assertEquals(Qualifier.AT_LEAST, QualifierRule.of("đạt ít nhất 80% kế hoạch", n("80")));
        assertEquals(Qualifier.AT_LEAST, QualifierRule.of("diện tích đạt từ 100 triệu đồng/ha trở lên", n("100")));
        assertEquals(Qualifier.AT_MOST, QualifierRule.of("tỷ lệ tăng dân số không quá 1,2%", n("1.2")));
        assertEquals(Qualifier.EXACT, QualifierRule.of("GRDP bình quân trên người ước đạt 46,3 triệu đồng", n("46.3")));
        assertEquals(Qualifier.EXACT, QualifierRule.of("tổng thu ngân sách trên địa bàn tỉnh đạt 742,5 tỷ đồng",
                n("742.5")));
        assertEquals(Qualifier.EXACT, QualifierRule.of("từ năm 2020 đến 2025 đạt 30 sản phẩm", n("30")));
    }
}
