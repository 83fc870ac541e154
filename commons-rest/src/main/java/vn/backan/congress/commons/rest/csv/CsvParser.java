package vn.backan.congress.commons.rest.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.CharSequenceReader;

/**
 * Reads RFC 4180 CSV as spreadsheets save it, with Apache Commons CSV: an optional UTF-8 byte-order
 * mark, CRLF or LF line ends, quoted fields with doubled quotes, commas and line breaks inside
 * quotes. Blank lines are skipped but counted, so each record keeps the line it starts on.
 * Reading takes time in proportion to the text read, and a caller with a limit stops the reading
 * at the first record past it, so an oversized file costs no more than one just over the limit.
 */
public final class CsvParser {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    /** A record and the line of the file it starts on, so a report can point at it. */
    public record Row(int line, List<String> fields) {
    }

    /** Raised for a file that is not CSV at all (an unclosed quote); names the line. */
    public static class MalformedCsvException extends RuntimeException {
        public MalformedCsvException(String message) {
            super(message);
        }
    }

    /** Raised at the first record past a caller's limit; nothing after that record has been read. */
    public static class TooManyRecordsException extends RuntimeException {
        private final int limit;

        public TooManyRecordsException(int limit) {
            super("The CSV holds more than " + limit + " records.");
            this.limit = limit;
        }

        public int limit() {
            return limit;
        }
    }

    private CsvParser() {
    }

    /** Every record of the text. */
    public static List<Row> parse(String text) {
        return parse(text, Integer.MAX_VALUE);
    }

    /**
     * The records of the text (a header counts as one), refusing more than {@code maxRecords}:
     * reading stops at the record after the last one allowed, so the rest of the text is never read.
     */
    public static List<Row> parse(CharSequence text, int maxRecords) {
        int start = text.length() > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
        Lines lines = new Lines(text);
        List<Row> rows = new ArrayList<>();
        long linesRead = 0;
        try (CSVParser parser = CSVParser.builder().setReader(new CharSequenceReader(text, start)).setFormat(FORMAT)
                .setCharacterOffset(start).get()) {
            for (CSVRecord record : parser) {
                List<String> fields = record.toList();
                if (!(fields.size() == 1 && fields.get(0).isBlank())) {
                    if (rows.size() == maxRecords) {
                        throw new TooManyRecordsException(maxRecords);
                    }
                    rows.add(new Row(lines.at(record.getCharacterPosition()), List.copyOf(fields)));
                }
                linesRead = parser.getCurrentLineNumber();
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new MalformedCsvException("A quoted field opened on line " + lines.nextRecordAfter(linesRead)
                    + " is never closed.");
        }
        return rows;
    }

    /**
     * Turns a record's character position into its line number. Records come in order, so the
     * count of line breaks carries on from the previous record instead of starting over.
     */
    private static final class Lines {
        private final CharSequence text;
        private int counted;
        private int line = 1;

        Lines(CharSequence text) {
            this.text = text;
        }

        /** The line of the record read from {@code position}: skipped blank lines come before it. */
        int at(long position) {
            int start = (int) position;
            while (start < text.length() && (text.charAt(start) == '\r' || text.charAt(start) == '\n')) {
                start++;
            }
            for (; counted < start; counted++) {
                char c = text.charAt(counted);
                if (c == '\n' || (c == '\r' && (counted + 1 >= text.length() || text.charAt(counted + 1) != '\n'))) {
                    line++;
                }
            }
            return line;
        }

        /** The first line with content after {@code lines} whole lines; only asked once, for a malformed file. */
        int nextRecordAfter(long lines) {
            String s = text.toString();
            String[] all = (s.startsWith("\uFEFF") ? s.substring(1) : s).split("\r\n|\r|\n", -1);
            int next = (int) lines + 1;
            while (next <= all.length && all[next - 1].isBlank()) {
                next++;
            }
            return next;
        }
    }
}
