package vn.backan.congress.commons.rest.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void writesRfc4180() {
        String csv = Csv.write(List.of("a", "b"), List.of(Arrays.asList("Chợ Đồn", "x, \"y\""),
                Arrays.asList(null, new BigDecimal("6.5000"))));
        assertEquals("a,b\r\nChợ Đồn,\"x, \"\"y\"\"\"\r\n,6.5\r\n", csv);
    }

    @Test
    void readsBomCrlfAndQuotes() {
        List<CsvParser.Row> rows = CsvParser.parse("\uFEFFa,b\r\n\"Na Rì, huyện\",\"say \"\"hi\"\"\"\r\n\r\n1,2");
        assertEquals(3, rows.size());
        assertEquals(List.of("a", "b"), rows.get(0).fields());
        assertEquals(List.of("Na Rì, huyện", "say \"hi\""), rows.get(1).fields());
        assertEquals(List.of("1", "2"), rows.get(2).fields());
        // The blank line 3 is skipped but still counted: the last record is on line 4.
        assertEquals(4, rows.get(2).line());
    }

    @Test
    void lineBreakInsideQuotesStaysInTheField() {
        List<CsvParser.Row> rows = CsvParser.parse("x\n\"two\nlines\"\nnext\n");
        assertEquals(List.of("two\nlines"), rows.get(1).fields());
        assertEquals(2, rows.get(1).line());
        assertEquals(4, rows.get(2).line());
    }

    @Test
    void whatIsWrittenReadsBack() {
        List<List<Object>> data = List.of(Arrays.asList("Bắc Kạn, tỉnh", "a\"b"), Arrays.asList("line\r\nbreak", ""));
        List<CsvParser.Row> back = CsvParser.parse(Csv.write(List.of("h1", "h2"), data));
        assertEquals(List.of("Bắc Kạn, tỉnh", "a\"b"), back.get(1).fields());
        assertEquals(List.of("line\r\nbreak", ""), back.get(2).fields());
    }

    @Test
    void unclosedQuoteIsReportedWithItsLine() {
        CsvParser.MalformedCsvException e = assertThrows(CsvParser.MalformedCsvException.class,
                () -> CsvParser.parse("a\n\"open,1\n2"));
        assertEquals("A quoted field opened on line 2 is never closed.", e.getMessage());
    }
}
