package vn.backan.congress.targets.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.rest.text.JsonConventions;
import vn.backan.congress.targets.domain.reporting.FigureRow;

/** The parser keeps every field as text and leaves judging it to the validator; only a body that is not JSON or CSV fails here. */
class FigureParsingTest {

    /** Configured as the service's is: decimals read as decimals, a key twice refused. */
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        new JsonConventions().customize(MAPPER);
    }

    @Test
    void jsonRowsAreNumberedFromOneAndKeptAsText() {
        List<FigureRow> rows = FigureParsing.fromJson("[{\"indicator\":\"A\",\"orgUnit\":\"058\",\"year\":2021,"
                + "\"value\":6.50,\"quality\":\"FINAL\"},{\"indicator\":\"B\",\"year\":\"twenty\",\"value\":null}]", MAPPER);
        assertEquals(List.of(new FigureRow(1, "A", "058", "2021", "6.5", "FINAL", null, null),
                new FigureRow(2, "B", null, "twenty", null, null, null, null)), rows);
    }

    @Test
    void textIsComposedToNfc() {
        String decomposed = "Ha\u0300 Giang";
        FigureRow row = FigureParsing.fromJson("[{\"comment\":\"" + decomposed + "\"}]", MAPPER).get(0);
        assertEquals("H\u00e0 Giang", row.comment());
    }

    @Test
    void csvColumnsAreFoundByNameInAnyOrderAndCase() {
        String csv = "Year,VALUE,orgUnit,indicator,comment\r\n2022,\"1,5\",06,A,\"có dấu phẩy, đây\"\r\n2023,2,058,B,\r\n";
        assertEquals(List.of(new FigureRow(2, "A", "06", "2022", "1,5", null, null, "có dấu phẩy, đây"),
                new FigureRow(3, "B", "058", "2023", "2", null, null, "")), FigureParsing.fromCsv(csv));
    }

    @Test
    void bodiesThatAreNeitherAre400s() {
        for (Runnable bad : List.<Runnable>of(
                () -> FigureParsing.fromJson("{\"indicator\":\"A\"}", MAPPER),
                () -> FigureParsing.fromJson("[{\"indicator\":", MAPPER),
                () -> FigureParsing.fromCsv(""),
                () -> FigureParsing.fromCsv("indicator,org_unit,year\r\nA,06,2021\r\n"),
                () -> FigureParsing.fromCsv("indicator,org_unit,year,value\r\n\"A,06,2021,1\r\n"))) {
            ProblemException e = assertThrows(ProblemException.class, bad::run);
            assertEquals(400, e.problem().status());
        }
        ProblemException missing = assertThrows(ProblemException.class,
                () -> FigureParsing.fromCsv("indicator,org_unit,year\r\nA,06,2021\r\n"));
        assertTrue(missing.problem().detail().startsWith("The CSV header lacks [value]"), missing.problem().detail());
    }

    @Test
    void tenThousandRowsAreOneImportAndOneMoreIsRefused() {
        String csvRow = "\r\nA,06,2021,1";
        String header = "indicator,org_unit,year,value";
        assertEquals(10_000, FigureParsing.fromCsv(header + csvRow.repeat(10_000)).size());
        ProblemException csv = assertThrows(ProblemException.class,
                () -> FigureParsing.fromCsv(header + csvRow.repeat(10_001)));
        assertEquals("The import holds more than 10000 figures; send at most 10000 at a time.", csv.problem().detail());
        ProblemException tenTimes = assertThrows(ProblemException.class,
                () -> FigureParsing.fromCsv(header + csvRow.repeat(100_000)));
        assertEquals(csv.problem().detail(), tenTimes.problem().detail());
        String jsonRow = "{\"indicator\":\"A\"}";
        ProblemException json = assertThrows(ProblemException.class, () -> FigureParsing.fromJson(
                "[" + String.join(",", java.util.Collections.nCopies(10_001, jsonRow)) + "]", MAPPER));
        assertEquals(400, json.problem().status());
    }

    @Test
    void numbersKeepTheirPrecisionAndTinyOrHugeOnesKeepTheirExponent() {
        List<FigureRow> rows = FigureParsing.fromJson("[{\"value\":1e-5},{\"value\":1e-400},{\"value\":1E+400},"
                + "{\"value\":62},{\"value\":\"٥\"}]", MAPPER);
        assertEquals(List.of("0.00001", "1E-400", "1E+400", "62", "٥"), rows.stream().map(FigureRow::value).toList());
    }

    @Test
    void textThatCouldOnlyBeStoredBentIsRefusedNamingRowAndField() {
        ProblemException nul = assertThrows(ProblemException.class,
                () -> FigureParsing.fromJson("[{\"indicator\":\"A\"},{\"comment\":\"x\\u0000\"}]", MAPPER));
        assertEquals("rows[2].comment", nul.problem().errors().get(0).field());
        ProblemException csv = assertThrows(ProblemException.class, () -> FigureParsing.fromCsv(
                "indicator,org_unit,year,value,source\r\nA,06,2021,1,\"a\u0007b\"\r\n"));
        assertEquals("rows[2].source", csv.problem().errors().get(0).field());
        ProblemException twice = assertThrows(ProblemException.class, () -> FigureParsing.fromCsv(
                "indicator,org_unit,year,value,VALUE\r\nA,06,2021,1,2\r\n"));
        assertEquals("The CSV header names the column value twice (columns 4 and 5); name each once.",
                twice.problem().detail());
        ProblemException json = assertThrows(ProblemException.class,
                () -> FigureParsing.fromJson("[{\"value\":1,\"value\":2}]", MAPPER));
        assertEquals(400, json.problem().status());
    }

    @Test
    void bytesThatAreNotUtf8AreA400NamingTheByte() {
        byte[] body = {'[', ']', (byte) 0xE0, 'x'};
        ProblemException e = assertThrows(ProblemException.class, () -> FigureParsing.text(body));
        assertEquals("The body is not valid UTF-8 at byte 3; send UTF-8.", e.problem().detail());
    }
}
