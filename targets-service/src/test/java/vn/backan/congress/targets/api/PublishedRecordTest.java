package vn.backan.congress.targets.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.backan.congress.commons.rest.csv.CsvParser;
import vn.backan.congress.devkit.testing.As;

/**
 * Every row of the published record (data/published/figures.csv) is checked on its own terms: a
 * page, a quote, and the figure in that quote as Vietnamese writes it; then the whole file goes
 * through the import's own checks on a dry run (the indicator exists and is measured by figures,
 * the value fits its unit, the year is 2020-2025, the source is well formed). Nothing is saved.
 */
@QuarkusTest
class PublishedRecordTest {

    private static final Path RECORD = Path.of("..", "data", "published", "figures.csv");
    private static final List<String> HEADER = List.of("indicator", "org_unit", "year", "value", "quality",
            "source_url", "source_title", "publisher", "published_on", "quote", "note");
    private static final Set<String> QUALITIES = Set.of("PRELIMINARY", "ESTIMATE", "FINAL", "SERIES_BREAK");
    /** "ước đạt", "ước tính", "dự ước", "ước được", "ước cả năm": an estimate; "nước", "được" are other words. */
    private static final Pattern ESTIMATED = Pattern.compile("(?<![\\p{L}])ước(?![\\p{L}])", Pattern.UNICODE_CASE);

    @Test
    void everyRowHasAPageAQuoteAndItsFigureInTheQuote() throws IOException {
        List<CsvParser.Row> rows = CsvParser.parse(Files.readString(RECORD, StandardCharsets.UTF_8));
        assertEquals(HEADER, rows.get(0).fields());
        assertTrue(rows.size() > 50, "the record holds " + (rows.size() - 1) + " figures");
        List<String> problems = new ArrayList<>();
        for (CsvParser.Row row : rows.subList(1, rows.size())) {
            problems.addAll(problems(row));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theWholeRecordPassesTheImportsChecks() throws IOException {
        int figures = CsvParser.parse(Files.readString(RECORD, StandardCharsets.UTF_8)).size() - 1;
        // Other tests may have stored a figure under one of the record's keys: it counts as updated or unchanged.
        var counts = As.admin().contentType("text/csv").queryParam("dryRun", true).body(Files.readAllBytes(RECORD))
                .post("/api/v1/observations/import").then().statusCode(200)
                .body("committed", equalTo(false))
                .body("conflicts", hasSize(0))
                .extract().jsonPath();
        assertEquals(figures, counts.getInt("counts.created") + counts.getInt("counts.updated")
                + counts.getInt("counts.unchanged"));
        assertEquals(0, counts.getInt("counts.rejected"));
        given().queryParam("orgUnit", "06").queryParam("indicator", "LAB-POVERTY-REDUCTION")
                .get("/api/v1/observations").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aFigureIsFoundInAQuoteOnlyAsAWholeVietnameseNumber() {
        assertEquals("1.035", vietnamese("1035"));
        assertEquals("742,5", vietnamese("742.5"));
        assertEquals("18,50", vietnamese("18.50"));
        assertEquals("173,335", vietnamese("173.335"));
        assertEquals("11.200", vietnamese("11200"));
        assertTrue(statesNumber("tổng thu ước được 1.035 tỷ đồng", "1035"));
        assertTrue(statesNumber("có 01 sản phẩm 5 sao", "1"));
        assertFalse(statesNumber("tổng thu ước được 1.035 tỷ đồng", "35"), "a part of a number is not the number");
        assertFalse(statesNumber("đạt 46,35 triệu", "46.3"));
        assertFalse(statesNumber("đạt 1035 tỷ", "1035"), "written without the thousands dot");
        assertTrue(ESTIMATED.matcher("GRDP ước đạt 3,73%").find());
        assertFalse(ESTIMATED.matcher("sử dụng nước sạch được công nhận").find());
    }

    private static List<String> problems(CsvParser.Row row) {
        List<String> problems = new ArrayList<>();
        List<String> f = row.fields();
        String at = "line " + row.line() + " (" + String.join(" ", f.subList(0, Math.min(3, f.size()))) + "): ";
        if (f.size() != HEADER.size()) {
            return List.of(at + f.size() + " fields, not " + HEADER.size());
        }
        String year = f.get(2);
        String value = f.get(3);
        String quality = f.get(4);
        String url = f.get(5);
        String quote = f.get(9);
        if (!year.matches("202[0-5]")) {
            problems.add(at + "year " + year + " is not 2020-2025");
        }
        if (!QUALITIES.contains(quality)) {
            problems.add(at + "quality " + quality);
        }
        if (!isWebPage(url)) {
            problems.add(at + "no http(s) address: " + url);
        }
        if (quote.isBlank() || f.get(6).isBlank() || f.get(7).isBlank() || !f.get(8).matches("[0-9]{4}(-[0-9]{2}){0,2}")) {
            problems.add(at + "a quote, a title, a publisher and a date are required");
        }
        if (!value.matches("[0-9]+(\\.[0-9]+)?") || !statesNumber(quote, value)) {
            problems.add(at + vietnamese(value) + " is not in the quote: " + quote);
        }
        if (quality.equals("FINAL") && ESTIMATED.matcher(quote).find() && !ESTIMATED.matcher(f.get(10)).find()) {
            problems.add(at + "the quote says ước, so the figure is not FINAL unless the note says what ước qualifies");
        }
        for (String field : f) {
            if (!Normalizer.isNormalized(field, Normalizer.Form.NFC)) {
                problems.add(at + "not NFC: " + field);
            }
        }
        return problems;
    }

    private static boolean isWebPage(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** The number as a whole, with leading zeros allowed ("01"), not as a part of a longer one. */
    private static boolean statesNumber(String quote, String value) {
        return Pattern.compile("(?<![0-9.,])0*" + Pattern.quote(vietnamese(value)) + "(?![0-9]|[.,][0-9])")
                .matcher(quote).find();
    }

    /** 1035 as "1.035", 742.5 as "742,5": a dot between thousands, a comma before decimals. */
    private static String vietnamese(String value) {
        BigDecimal number = new BigDecimal(value);
        String[] parts = number.toPlainString().split("\\.");
        String whole = parts[0].replaceAll("(?<=[0-9])(?=([0-9]{3})+$)", ".");
        return parts.length == 1 ? whole : whole + "," + parts[1];
    }
}
