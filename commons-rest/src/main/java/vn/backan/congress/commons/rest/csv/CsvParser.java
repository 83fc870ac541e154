package vn.backan.congress.commons.rest.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads RFC 4180 CSV as spreadsheets save it, with Apache Commons CSV: an optional UTF-8 byte-order
 * mark, CRLF or LF line ends, quoted fields with doubled quotes, commas and line breaks inside
 * quotes. Blank lines are skipped but counted, so each record keeps the line it starts on.
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

    private CsvParser() {
    }

    public static List<Row> parse(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Lines lines = new Lines(s);
        List<Row> rows = new ArrayList<>();
        long linesRead = 0;
        try (CSVParser parser = CSVParser.parse(s, FORMAT)) {
            for (CSVRecord record : parser) {
                List<String> fields = record.toList();
                if (!(fields.size() == 1 && fields.get(0).isBlank())) {
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

    /** Where each line of the text starts, to turn a character position into a line number. */
    private record Lines(String text) {

        /** The line of the record read from {@code position}: skipped blank lines come before it. */
        int at(long position) {
            int start = (int) position;
            while (start < text.length() && (text.charAt(start) == '\r' || text.charAt(start) == '\n')) {
                start++;
            }
            int line = 1;
            for (int i = 0; i < start && i < text.length(); i++) {
                if (text.charAt(i) == '\n' || (text.charAt(i) == '\r'
                        && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    line++;
                }
            }
            return line;
        }

        /** The first line with content after {@code lines} whole lines. */
        int nextRecordAfter(long lines) {
            String[] all = text.split("\r\n|\r|\n", -1);
            int line = (int) lines + 1;
            while (line <= all.length && all[line - 1].isBlank()) {
                line++;
            }
            return line;
        }
    }
}
