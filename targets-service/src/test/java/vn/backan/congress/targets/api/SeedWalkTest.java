package vn.backan.congress.targets.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Walks section 3.2 of the source document and checks the indicators against it: every sentence
 * is quoted verbatim, every bound is a number the sentence states (in the Vietnamese way of writing
 * it), strict bounds are worded strictly, and every commitment of the section is covered.
 */
@QuarkusTest
class SeedWalkTest {

    private static final Path SEED = Path.of("..", "seed", "000_4b5e49ba4d4fc81f.txt");

    private static String section32() throws Exception {
        String seed = Files.readString(SEED);
        int from = seed.indexOf("3.2. Mục tiêu cụ thể");
        int to = seed.indexOf("4. Chương trình trọng tâm");
        assertTrue(from > 0 && to > from, "section 3.2 found in the seed");
        return seed.substring(from, to);
    }

    private static List<Map<String, Object>> indicators() {
        return given().queryParam("pageSize", 200).get("/api/v1/indicators").then().statusCode(200)
                .extract().path("items");
    }

    private static String sentenceOf(Map<String, Object> indicator) {
        return (String) ((Map<?, ?>) indicator.get("source")).get("sentence");
    }

    /** 6.5 as "6,5", 1100 as "1.100": how the seed writes numbers. */
    static String vietnamese(BigDecimal number) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        return new DecimalFormat("#,##0.###", symbols).format(number);
    }

    @Test
    void vietnameseNumberFormatIsRight() {
        assertEquals("6,5", vietnamese(new BigDecimal("6.5")));
        assertEquals("1.100", vietnamese(new BigDecimal("1100")));
        assertEquals("72,9", vietnamese(new BigDecimal("72.9")));
        assertEquals("11.200", vietnamese(new BigDecimal("11200")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyIndicatorQuotesTheSeedAndStatesItsBoundsAsTheSeedDoes() throws Exception {
        String section = section32();
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> i : indicators()) {
            String code = (String) i.get("code");
            String sentence = (String) ((Map<String, Object>) i.get("source")).get("sentence");
            Map<String, Object> target = (Map<String, Object>) i.get("target");
            String statedAs = (String) target.get("statedAs");
            if (!section.contains(sentence)) {
                problems.add(code + ": source sentence is not verbatim from 3.2");
            }
            if (!sentence.contains(statedAs)) {
                problems.add(code + ": statedAs is not within its sentence");
            }
            for (String bound : List.of("lower", "upper")) {
                Object value = target.get(bound);
                if (value != null) {
                    String written = vietnamese(new BigDecimal(value.toString()));
                    String alt = written.endsWith(",0") ? written.substring(0, written.length() - 2) : written + ",0";
                    if (!statedAs.contains(written) && !statedAs.contains(alt)) {
                        problems.add(code + ": " + bound + " " + value + " (" + written + ") is not in '" + statedAs + "'");
                    }
                }
            }
            if (Boolean.FALSE.equals(target.get("lowerInclusive")) && !statedAs.contains("trên")) {
                problems.add(code + ": strict lower bound but the seed does not say 'trên'");
            }
            if (Boolean.FALSE.equals(target.get("upperInclusive")) && !statedAs.contains("dưới")) {
                problems.add(code + ": strict upper bound but the seed does not say 'dưới'");
            }
            if (statedAs.contains("trên") && Boolean.TRUE.equals(target.get("lowerInclusive"))
                    && !statedAs.contains("trở lên")) {
                problems.add(code + ": the seed says 'trên' (strictly above) but the bound is inclusive");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyCommitmentOfTheSectionIsCovered() throws Exception {
        // Each paragraph of 3.2 (the bullets and the security paragraph without a dash) must be
        // the source of at least one indicator.
        List<String> paragraphs = new ArrayList<>();
        for (String line : section32().split("\n")) {
            String text = line.startsWith("- ") ? line.substring(2) : line;
            if (!text.isBlank() && !text.startsWith("#") && !text.contains("Mục tiêu cụ thể")) {
                paragraphs.add(text);
            }
        }
        assertEquals(19, paragraphs.size(), "3.2 has 18 bullets and one paragraph without a dash");
        List<String> sentences = indicators().stream().map(SeedWalkTest::sentenceOf).toList();
        for (String paragraph : paragraphs) {
            assertTrue(sentences.stream().anyMatch(paragraph::contains), "no indicator from: " + paragraph);
        }
    }

    @Test
    void theIssuesWorkedGroupsHaveTheirParts() {
        List<Map<String, Object>> all = indicators();
        // GRDP growth with five sector/sub-sector children below it (directly or through industry-construction).
        long grdpFamily = all.stream().filter(i -> sentenceOf(i).contains("Tốc độ tăng trưởng GRDP bình quân")).count();
        assertEquals(6, grdpFamily, "GRDP growth is six indicators");
        long structure = all.stream().filter(i -> sentenceOf(i).contains("cơ cấu kinh tế")).count();
        assertEquals(4, structure, "the 2025 economic structure is four indicators");
        long newRural = all.stream().filter(i -> "NEW_RURAL".equals(i.get("domain"))
                && sentenceOf(i).contains("nông thôn mới")).count();
        assertEquals(5, newRural, "communes, advanced, model, villages, criteria per commune");
    }
}
