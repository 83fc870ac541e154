package vn.backan.congress.commons.rest.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cells a spreadsheet would run are neutralised on the way out and restored on the way in. */
class CsvSafetyTest {

    @Test
    void formulaCellsGetAnApostropheAndNumbersDoNot() {
        String csv = Csv.write(List.of("text", "number"), List.of(
                Arrays.asList("=1+1", new BigDecimal("-3.2")),
                Arrays.asList("+84 209", -5),
                Arrays.asList("@SUM(A1)", 0),
                Arrays.asList("-x", null),
                Arrays.asList("\tindented", null),
                Arrays.asList("a=b", null)));
        assertEquals("text,number\r\n'=1+1,-3.2\r\n'+84 209,-5\r\n'@SUM(A1),0\r\n'-x,\r\n'\tindented,\r\na=b,\r\n", csv);
    }

    @Test
    void anImportReadsANeutralisedCellAsItWasMeant() {
        for (String text : new String[] {"=1+1", "+84 209", "@SUM(A1)", "-x", "'quoted", "'", "plain", "'=x", "''-y"}) {
            String written = Csv.write(List.of("h"), List.of(Arrays.asList((Object) text)));
            String cell = CsvParser.parse(written).get(1).fields().get(0);
            assertEquals(text, Csv.unneutralised(cell), written);
        }
    }
}
