package vn.backan.congress.targets.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.backan.congress.commons.rest.csv.CsvParser;
import vn.backan.congress.devkit.testing.As;
import vn.backan.congress.targets.domain.Citation;
import vn.backan.congress.targets.domain.Qualifier;
import vn.backan.congress.targets.domain.Quality;
import vn.backan.congress.targets.domain.reporting.FigureInQuote;
import vn.backan.congress.targets.domain.reporting.QualifierRule;
import vn.backan.congress.targets.domain.reporting.QualityRule;
import vn.backan.congress.targets.domain.reporting.SourcePreference;

/**
 * Every row of the published record (data/published/figures.csv) is checked on its own terms: a
 * page, a quote, the figure in that quote as Vietnamese writes it, its bound and its quality as the
 * rules derive them from the quote and the page's date; the rows of one figure are in the order the
 * source rule ranks them, chosen first. Then the whole file goes through the import's own checks
 * on a dry run (the indicator exists and is measured by figures, the value fits its unit, the year
 * is 2020-2025, the source is well formed, the rule can choose). Nothing is saved.
 */
@QuarkusTest
class PublishedRecordTest {

    private static final Path RECORD = Path.of("..", "data", "published", "figures.csv");
    private static final Path README = Path.of("..", "data", "published", "README.md");
    private static final String COVERAGE_START = "<!-- coverage: made by PublishedRecordTest from figures.csv -->\n";
    private static final String COVERAGE_END = "<!-- coverage: end -->";
    private static final List<String> HEADER = List.of("indicator", "org_unit", "year", "value", "qualifier",
            "quality", "source_url", "source_title", "publisher", "published_on", "quote", "note");

    @Test
    void everyRowHasAPageAQuoteAndItsFigureWithItsBoundAndQualityByTheRules() throws IOException {
        List<CsvParser.Row> rows = records();
        assertEquals(HEADER, rows.get(0).fields());
        assertTrue(rows.size() > 100, "the record holds " + (rows.size() - 1) + " rows");
        List<String> problems = new ArrayList<>();
        for (CsvParser.Row row : rows.subList(1, rows.size())) {
            problems.addAll(problems(row));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theRowsOfOneFigureStandInTheOrderTheSourceRuleRanksThem() throws IOException {
        Map<String, List<CsvParser.Row>> figures = figures();
        List<String> problems = new ArrayList<>();
        int withOthers = 0;
        for (List<CsvParser.Row> same : figures.values()) {
            if (same.size() == 1) {
                continue;
            }
            withOthers++;
            SourcePreference.Choice<CsvParser.Row> choice = SourcePreference.choose(same.stream()
                    .map(PublishedRecordTest::candidate).toList());
            if (choice.isAmbiguous()) {
                problems.add("line " + same.get(0).line() + ": the rule cannot choose among " + same.size() + " rows");
            } else if (choice.chosen().item() != same.get(0)) {
                problems.add("line " + same.get(0).line() + ": the rule chooses line " + choice.chosen().item().line()
                        + ", which should come first");
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(withOthers >= 20, withOthers + " figures with other published values");
    }

    @Test
    void theHardCasesOfTheAuditAreSettledByTheRule() throws IOException {
        Map<String, List<CsvParser.Row>> figures = figures();
        // 2024 growth: the undated statistics-office page says 6,35, Báo Bắc Kạn of January 2025 7,4.
        List<CsvParser.Row> growth2024 = figures.get("ECO-GRDP-GROWTH|06|2024");
        assertEquals("7.4", growth2024.get(0).fields().get(3));
        assertTrue(growth2024.stream().anyMatch(r -> r.fields().get(3).equals("6.35")), "6,35 stays as another value");
        // Pác Nặm 2023 forest planting: the sentence's "ước" belongs to the food clause.
        assertEquals("PRELIMINARY", figures.get("AGR-FOREST-PLANTING|060|2023").get(0).fields().get(5));
        // Lower bounds are bounds.
        assertEquals("ABOVE", figures.get("AGR-FOOD-PER-CAPITA|06|2021").get(0).fields().get(4));
        assertEquals("ABOVE", figures.get("BUD-REVENUE|06|2023").get(0).fields().get(4));
    }

    @Test
    void theWholeRecordPassesTheImportsChecks() throws IOException {
        int figures = figures().size();
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

    /**
     * The README's coverage table is made from the record, never by hand: the province's chosen
     * figure per indicator and year, and the districts with a figure. Refresh it with
     * {@code ./mvnw verify -pl targets-service -Dtest=PublishedRecordTest -Drecord.update=true}.
     */
    @Test
    void theReadmesCoverageTableIsMadeFromTheRecord() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf(COVERAGE_START);
        int end = readme.indexOf(COVERAGE_END);
        assertTrue(start >= 0 && end > start, "README.md marks its coverage table with " + COVERAGE_START + " and "
                + COVERAGE_END);
        String table = CoverageTable.of(figures(), indicatorKinds(), orgUnitNames());
        String current = readme.substring(start + COVERAGE_START.length(), end);
        if (Boolean.getBoolean("record.update")) {
            Files.writeString(README, readme.substring(0, start + COVERAGE_START.length()) + table
                    + readme.substring(end), StandardCharsets.UTF_8);
        } else {
            assertEquals(table, current, "the coverage table differs from the record's; refresh it with ./mvnw verify"
                    + " -pl targets-service -Dtest=PublishedRecordTest -Drecord.update=true");
        }
    }

    /** Indicator code to target kind, in the resolution's order. */
    private static Map<String, String> indicatorKinds() {
        List<Map<String, Object>> items = given().queryParam("pageSize", 100).get("/api/v1/indicators").then()
                .statusCode(200).extract().path("items");
        Map<String, String> kinds = new LinkedHashMap<>();
        items.forEach(i -> kinds.put((String) i.get("code"), (String) ((Map<?, ?>) i.get("target")).get("kind")));
        return kinds;
    }

    private static Map<String, String> orgUnitNames() {
        List<Map<String, Object>> items = given().queryParam("pageSize", 100).get("/api/v1/org-units").then()
                .statusCode(200).extract().path("items");
        Map<String, String> names = new LinkedHashMap<>();
        items.forEach(u -> names.put((String) u.get("code"), String.valueOf(((Map<?, ?>) u.get("name")).get("vi"))));
        return names;
    }

    private static List<CsvParser.Row> records() throws IOException {
        return CsvParser.parse(Files.readString(RECORD, StandardCharsets.UTF_8));
    }

    /** The rows by figure (indicator, org unit, year), in file order. */
    private static Map<String, List<CsvParser.Row>> figures() throws IOException {
        List<CsvParser.Row> rows = records();
        Map<String, List<CsvParser.Row>> figures = new LinkedHashMap<>();
        for (CsvParser.Row row : rows.subList(1, rows.size())) {
            List<String> f = row.fields();
            figures.computeIfAbsent(f.get(0) + "|" + f.get(1) + "|" + f.get(2), k -> new ArrayList<>()).add(row);
        }
        return figures;
    }

    private static SourcePreference.Candidate<CsvParser.Row> candidate(CsvParser.Row row) {
        List<String> f = row.fields();
        return new SourcePreference.Candidate<>(row, new BigDecimal(f.get(3)), Qualifier.valueOf(f.get(4)),
                Quality.valueOf(f.get(5)), new Citation(f.get(6), f.get(7), f.get(8), blankToNull(f.get(9)), f.get(10)));
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
        String qualifier = f.get(4);
        String quality = f.get(5);
        String url = f.get(6);
        String publishedOn = blankToNull(f.get(9));
        String quote = f.get(10);
        if (!year.matches("202[0-5]")) {
            return List.of(at + "year " + year + " is not 2020-2025");
        }
        if (!isWebPage(url)) {
            problems.add(at + "no http(s) address: " + url);
        }
        if (quote.isBlank() || f.get(7).isBlank() || f.get(8).isBlank()) {
            problems.add(at + "a quote, a title and a publisher are required");
        }
        if (publishedOn != null && !publishedOn.matches("[0-9]{4}(-[0-9]{2}){0,2}")) {
            problems.add(at + "published_on is a date as precise as the page gives it, or empty: " + publishedOn);
        }
        if (!value.matches("[0-9]+(\\.[0-9]+)?") || FigureInQuote.find(quote, new BigDecimal(value)) < 0) {
            return List.of(at + value + " is not in the quote: " + quote);
        }
        BigDecimal number = new BigDecimal(value);
        Qualifier bound = QualifierRule.of(quote, number);
        if (!bound.name().equals(qualifier)) {
            problems.add(at + "qualifier " + qualifier + ", but the quote says " + bound);
        }
        Quality derived = QualityRule.derive(quote, number, publishedOn, Integer.parseInt(year));
        if (!QualityRule.agrees(Quality.valueOf(quality), derived)) {
            problems.add(at + "quality " + quality + ", but the rule derives " + derived);
        }
        if (publishedOn == null && !quality.equals("PRELIMINARY") && !quality.equals("ESTIMATE")) {
            problems.add(at + quality + " without a dated page");
        }
        for (String field : f) {
            if (!Normalizer.isNormalized(field, Normalizer.Form.NFC)) {
                problems.add(at + "not NFC: " + field);
            }
        }
        return problems;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static boolean isWebPage(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
