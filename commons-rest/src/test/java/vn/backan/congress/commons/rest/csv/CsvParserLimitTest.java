package vn.backan.congress.commons.rest.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A limit stops the reading, and line numbers carry on correctly from record to record. */
class CsvParserLimitTest {

    /** 16 characters a row: "A,06,2021,1.25" and CRLF. */
    private static final String ROW = "A,06,2021,1.25\r\n";

    /** Commons CSV reads ahead through a buffer of this many characters (commons-io's default). */
    private static final int READ_AHEAD = 8_192;

    @Test
    void aFileOverTheLimitIsReadNoFurtherThanTheFirstRecordPastIt() {
        RowsOnDemand text = new RowsOnDemand(100_000);
        CsvParser.TooManyRecordsException e = assertThrows(CsvParser.TooManyRecordsException.class,
                () -> CsvParser.parse(text, 10_001));
        assertEquals(10_001, e.limit());
        // Record 10,002 (a header and 10,001 rows) ends at character 10,002 x 16 = 160,032.
        assertTrue(text.furthestRead >= 160_031, "read to " + text.furthestRead);
        assertTrue(text.furthestRead < 160_032 + READ_AHEAD, "read to " + text.furthestRead + " of 1,600,000");
    }

    @Test
    void aFileAtTheLimitIsReadWholeAndBlankLinesDoNotCount() {
        String csv = "h\r\n\r\n1\r\n\r\n2\r\n";
        assertEquals(List.of(1, 3, 5), CsvParser.parse(csv, 3).stream().map(CsvParser.Row::line).toList());
        assertThrows(CsvParser.TooManyRecordsException.class, () -> CsvParser.parse(csv, 2));
    }

    @Test
    void everyRecordKeepsItsLineAfterLineBreaksInsideQuotes() {
        // Seven lines: a record over lines 1-3 (CRLF, then LF inside quotes), a blank line 4,
        // "x" on line 5, and a record over lines 6-7 (a lone CR inside quotes).
        String block = "\"a\r\nb\",\"c\nd\"\r\n\r\nx\n\"y\rz\"\n";
        List<CsvParser.Row> rows = CsvParser.parse("h\n" + block.repeat(3));
        assertEquals(List.of(1, 2, 6, 7, 9, 13, 14, 16, 20, 21), rows.stream().map(CsvParser.Row::line).toList());
        assertEquals(List.of("y\rz"), rows.get(9).fields());
    }

    @Test
    void anUnclosedQuoteAfterQuotedLineBreaksNamesItsOwnLine() {
        // "a" on line 1, a record over lines 2-3, blank line 4, the quote opened on line 5.
        CsvParser.MalformedCsvException e = assertThrows(CsvParser.MalformedCsvException.class,
                () -> CsvParser.parse("a\n\"x\ny\"\n\n\"open\n1", 10));
        assertEquals("A quoted field opened on line 5 is never closed.", e.getMessage());
    }

    /** {@code rows} copies of {@link #ROW}, made as they are read, remembering how far the reading went. */
    private static final class RowsOnDemand implements CharSequence {
        private final int rows;
        int furthestRead = -1;

        RowsOnDemand(int rows) {
            this.rows = rows;
        }

        @Override
        public int length() {
            return rows * ROW.length();
        }

        @Override
        public char charAt(int index) {
            furthestRead = Math.max(furthestRead, index);
            return ROW.charAt(index % ROW.length());
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            throw new UnsupportedOperationException("the parser reads the text in place");
        }

        @Override
        public String toString() {
            throw new UnsupportedOperationException("the parser reads the text in place");
        }
    }
}
