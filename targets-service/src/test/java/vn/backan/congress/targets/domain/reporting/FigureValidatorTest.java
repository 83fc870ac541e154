package vn.backan.congress.targets.domain.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.backan.congress.targets.domain.Qualifier;
import vn.backan.congress.targets.domain.Quality;
import vn.backan.congress.targets.domain.TargetKind;

/** Each row breaks one rule, so each conflict's code and message can be read off by hand. */
class FigureValidatorTest {

    private static final FigureValidator VALIDATOR = new FigureValidator(Map.of(
            "GROWTH", new ReportedIndicator("GROWTH", TargetKind.AT_LEAST, "percent"),
            "ROAD", new ReportedIndicator("ROAD", TargetKind.MILESTONE, null),
            "SPIRIT", new ReportedIndicator("SPIRIT", TargetKind.QUALITATIVE, null)), Set.of("06", "058"));

    private static FigureRow row(int n, String indicator, String orgUnit, String year, String value, String quality,
            String source) {
        return new FigureRow(n, indicator, orgUnit, year, value, quality, source, null);
    }

    @Test
    void aGoodRowBecomesATypedFigureTrimmedAndFinalByDefault() {
        FigureValidator.Result r = VALIDATOR.check(List.of(row(2, " GROWTH ", " 058 ", " 2021 ", " 6.5 ", null, "  ")));
        assertEquals(List.of(), r.conflicts());
        assertEquals(List.of(new ValidFigure(2, "GROWTH", "058", (short) 2021, new BigDecimal("6.5"), Qualifier.EXACT,
                Quality.FINAL, null, null, null, List.of())), r.valid());
    }

    @Test
    void everyRuleHasItsCodeAndAMessage() {
        List<FigureRow> rows = List.of(
                row(1, "GROWTH", "06", "2021", null, null, null),
                row(2, "NO-SUCH", "06", "2021", "1", null, null),
                row(3, "SPIRIT", "06", "2021", "1", null, null),
                row(4, "GROWTH", "999", "2021", "1", null, null),
                row(5, "GROWTH", "06", "2019", "1", null, null),
                row(6, "GROWTH", "06", "năm 2021", "1", null, null),
                row(7, "GROWTH", "06", "2021", "6,5", null, null),
                row(8, "GROWTH", "06", "2022", "1.23456", null, null),
                row(9, "ROAD", "06", "2021", "2", null, null),
                row(10, "GROWTH", "06", "2023", "101", null, null),
                row(11, "GROWTH", "06", "2024", "1", "guess", null),
                row(12, "GROWTH", "06", "2025", "1", null, "x".repeat(301)));
        List<Conflict> conflicts = VALIDATOR.check(rows).conflicts();
        assertEquals(List.of(Conflict.Code.MISSING_FIELD, Conflict.Code.UNKNOWN_INDICATOR,
                Conflict.Code.NOT_MEASURED_BY_FIGURES, Conflict.Code.UNKNOWN_ORG_UNIT, Conflict.Code.YEAR_OUT_OF_RANGE,
                Conflict.Code.YEAR_OUT_OF_RANGE, Conflict.Code.NOT_A_NUMBER, Conflict.Code.NOT_A_NUMBER,
                Conflict.Code.VALUE_OUT_OF_RANGE, Conflict.Code.VALUE_OUT_OF_RANGE, Conflict.Code.UNKNOWN_QUALITY,
                Conflict.Code.FIELD_TOO_LONG), conflicts.stream().map(Conflict::code).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), conflicts.stream().map(Conflict::row).toList());
        assertEquals("value is required", conflicts.get(0).message());
        assertEquals("no org unit 999", conflicts.get(3).message());
        assertEquals("year must be 2020 (baseline) to 2025, not 2019", conflicts.get(4).message());
        assertEquals("a milestone is reported as 1 (done) or 0 (not yet), not 2", conflicts.get(8).message());
        assertEquals("a percentage must be between 0 and 100, not 101", conflicts.get(9).message());
    }

    private static FigureRow cited(int n, CitationText citation) {
        return new FigureRow(n, "GROWTH", "06", String.valueOf(2020 + n % 6), "6.01", null, "ESTIMATE", null, null,
                citation);
    }

    @Test
    void aCitationIsKeptWhole() {
        String quote = "Tổng sản phẩm GRDP năm 2022 theo giá so sánh ước đạt 8.297 tỷ đồng, tăng trưởng 6,01% so với năm 2021.";
        FigureValidator.Result r = VALIDATOR.check(List.of(cited(1, new CitationText(" https://baobackan.com.vn/p57440.html ",
                "Phát triển đảng viên", "Báo Bắc Kạn", "2023-11", quote)), cited(2, new CitationText(null, " ", null, "",
                null))));
        assertEquals(List.of(), r.conflicts());
        assertEquals(new vn.backan.congress.targets.domain.Citation("https://baobackan.com.vn/p57440.html",
                "Phát triển đảng viên", "Báo Bắc Kạn", "2023-11", quote), r.valid().get(0).citation());
        assertEquals(null, r.valid().get(1).citation(), "blank fields are no citation");
    }

    @Test
    void aCitationMustBeCheckable() {
        List<Conflict> conflicts = VALIDATOR.check(List.of(
                cited(1, new CitationText(null, null, null, null, "a quote with no page")),
                cited(2, new CitationText("ftp://example.org/x", null, null, null, null)),
                cited(3, new CitationText("baobackan.vn/post2305", null, null, null, null)),
                cited(4, new CitationText("https://baobackan.vn/post2305", null, null, "2022-02-30", null)),
                cited(5, new CitationText("https://baobackan.vn/post2305", null, null, "05/01/2022", null)),
                cited(6, new CitationText("https://baobackan.vn/post2305", null, null, "2022-13", null)),
                cited(7, new CitationText("https://baobackan.vn/post2305", null, null, null, "x".repeat(2001))))).conflicts();
        assertEquals(List.of(Conflict.Code.INVALID_SOURCE, Conflict.Code.INVALID_SOURCE, Conflict.Code.INVALID_SOURCE,
                Conflict.Code.INVALID_SOURCE, Conflict.Code.INVALID_SOURCE, Conflict.Code.INVALID_SOURCE,
                Conflict.Code.FIELD_TOO_LONG), conflicts.stream().map(Conflict::code).toList());
        assertEquals("source_url is required when a row names its source's title, publisher, date or quote",
                conflicts.get(0).message());
        assertEquals("published_on must be a date as precise as the source gives it (2023, 2023-11 or 2023-11-05),"
                + " not 05/01/2022", conflicts.get(4).message());
    }

    @Test
    void aMilestoneFlagAndAnyQualityCasePass() {
        FigureValidator.Result r = VALIDATOR.check(List.of(row(1, "ROAD", "06", "2024", "1", null, null),
                row(2, "GROWTH", "06", "2021", "-0", " estimate ", null)));
        assertEquals(List.of(), r.conflicts());
        assertEquals(List.of(Quality.FINAL, Quality.ESTIMATE), r.valid().stream().map(ValidFigure::quality).toList());
    }

    @Test
    void theSameFigureTwiceKeepsTheFirstAndNamesIt() {
        FigureValidator.Result r = VALIDATOR.check(List.of(row(2, "GROWTH", "058", "2021", "6", null, null),
                row(3, "GROWTH", "06", "2021", "7", null, null),
                row(4, "GROWTH", "058", "2021", "6.1", null, null)));
        assertEquals(2, r.valid().size());
        assertEquals(1, r.conflicts().size());
        Conflict duplicate = r.conflicts().get(0);
        assertEquals(Conflict.Code.DUPLICATE_ROW, duplicate.code());
        assertEquals(4, duplicate.row());
        assertEquals("the same indicator, org unit and year as row 2; send each figure once, or, for values"
                + " published by different pages, name each one's page (source_url)", duplicate.message());
    }

    private static FigureRow published(int n, String value, String qualifier, String quality, String publisher,
            String publishedOn) {
        return new FigureRow(n, "GROWTH", "06", "2024", value, qualifier, quality, null, null, new CitationText(
                "https://example.org/" + n, null, publisher, publishedOn, "tăng " + value));
    }

    @Test
    void valuesFromDifferentPagesAreSettledByTheSourceRuleAndTheOthersKept() {
        // Undated 6.35 (statistics office) loses to the dated 7.4 at the first step; the dated 7.3 of
        // December loses to the January 7.4 at the second.
        FigureValidator.Result r = VALIDATOR.check(List.of(
                published(2, "6.35", null, "ESTIMATE", "Cục Thống kê tỉnh Bắc Kạn", null),
                published(3, "7.3", null, "ESTIMATE", "Báo Bắc Kạn", "2024-12"),
                published(4, "7.4", "", "FINAL", "Báo Bắc Kạn", "2025-01-10")));
        assertEquals(List.of(), r.conflicts());
        ValidFigure figure = r.valid().get(0);
        assertEquals(1, r.valid().size());
        assertEquals(new BigDecimal("7.4"), figure.value());
        assertEquals(4, figure.row());
        assertEquals(List.of(new BigDecimal("6.35"), new BigDecimal("7.3")),
                figure.others().stream().map(o -> o.value()).toList());
        assertEquals(List.of(SourcePreference.Because.DATED_OVER_UNDATED, SourcePreference.Because.LATER_OVER_EARLIER),
                figure.others().stream().map(o -> o.notChosenBecause()).toList());
        assertEquals("https://example.org/2", figure.others().get(0).citation().url());
    }

    @Test
    void atTheSameDateTheMoreFinalAndThenTheMoreOfficialWin() {
        FigureValidator.Result byQuality = VALIDATOR.check(List.of(
                published(2, "6.1", null, "ESTIMATE", "Cục Thống kê tỉnh Bắc Kạn", "2025-01"),
                published(3, "6.2", null, "FINAL", "Báo Bắc Kạn", "2025-01-20")));
        assertEquals(new BigDecimal("6.2"), byQuality.valid().get(0).value());
        assertEquals(SourcePreference.Because.FINAL_OVER_ESTIMATE, byQuality.valid().get(0).others().get(0)
                .notChosenBecause());
        FigureValidator.Result byPublisher = VALIDATOR.check(List.of(
                published(2, "6.2", null, "FINAL", "Báo Bắc Kạn", "2025-01"),
                published(3, "6.1", null, "FINAL", "Cục Thống kê tỉnh Bắc Kạn", "2025-01")));
        assertEquals(new BigDecimal("6.1"), byPublisher.valid().get(0).value());
        assertEquals(SourcePreference.Because.OFFICIAL_OVER_PRESS, byPublisher.valid().get(0).others().get(0)
                .notChosenBecause());
        // A provincial portal is a government page: over the press, under the statistics office.
        FigureValidator.Result portal = VALIDATOR.check(List.of(
                published(2, "6.2", null, "FINAL", "Báo Bắc Kạn", "2025-01"),
                published(3, "6.3", null, "FINAL", "Cổng Thông tin điện tử tỉnh Bắc Kạn", "2025-01"),
                published(4, "6.1", null, "FINAL", "Cổng Thông tin điện tử tỉnh Bắc Kạn", "2025-01")));
        assertEquals(Conflict.Code.UNDECIDED_VALUES, portal.conflicts().get(0).code(), "two portals, two values");
        FigureValidator.Result attributed = VALIDATOR.check(List.of(
                published(2, "6.3", null, "FINAL", "Cổng Thông tin điện tử tỉnh Bắc Kạn", "2025-01"),
                new FigureRow(3, "GROWTH", "06", "2024", "6.1", null, "FINAL", null, null, new CitationText(
                        "https://example.org/3", null, "Báo Bắc Kạn", "2025-01", "Theo Cục Thống kê tỉnh, tăng 6,1%"))));
        assertEquals(new BigDecimal("6.1"), attributed.valid().get(0).value(), "the quote names the office as source");
    }

    @Test
    void differentValuesTheRuleCannotTellApartAreRefusedSameOnesAreOne() {
        FigureValidator.Result tied = VALIDATOR.check(List.of(
                published(2, "6.2", null, "FINAL", "Báo Bắc Kạn", "2025-01"),
                published(3, "6.3", null, "FINAL", "Báo Nhân Dân", "2025-01")));
        assertEquals(List.of(), tied.valid());
        assertEquals(List.of(Conflict.Code.UNDECIDED_VALUES, Conflict.Code.UNDECIDED_VALUES),
                tied.conflicts().stream().map(Conflict::code).toList());
        assertEquals("row 2 (6.2), row 3 (6.3) publish different values for the same figure, and the source rule"
                + " (dated, later, more final, more official) ranks them the same; send the one to use, or date"
                + " their pages", tied.conflicts().get(0).message());
        FigureValidator.Result same = VALIDATOR.check(List.of(
                published(2, "6.2", null, "FINAL", "Báo Bắc Kạn", "2025-01"),
                published(3, "6.2", null, "FINAL", "Báo Nhân Dân", "2025-01")));
        assertEquals(1, same.valid().size());
        assertEquals(SourcePreference.Because.SAME_RANK_SAME_VALUE, same.valid().get(0).others().get(0)
                .notChosenBecause());
    }

    @Test
    void aQualifierIsReadOrRefused() {
        FigureValidator.Result r = VALIDATOR.check(List.of(
                published(2, "6.2", "above", "FINAL", "Báo Bắc Kạn", "2025-01"),
                new FigureRow(3, "GROWTH", "058", "2024", "6", "ROUGHLY", null, null, null, null)));
        assertEquals(Qualifier.ABOVE, r.valid().get(0).qualifier());
        assertEquals(Conflict.Code.UNKNOWN_QUALIFIER, r.conflicts().get(0).code());
        assertEquals("qualifier must be one of EXACT, ABOVE, AT_LEAST, BELOW, AT_MOST, not ROUGHLY",
                r.conflicts().get(0).message());
    }
}
