package vn.backan.congress.commons.rest.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV as spreadsheets save it: an optional UTF-8 byte-order mark, CRLF or LF line
 * ends, quoted fields with doubled quotes, commas and line breaks inside quotes.
 */
public final class CsvParser {

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
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                addUnlessBlank(rows, rowLine, fields);
                fields = new ArrayList<>();
                line++;
                rowLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new MalformedCsvException("A quoted field opened on line " + rowLine + " is never closed.");
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            addUnlessBlank(rows, rowLine, fields);
        }
        return rows;
    }

    private static void addUnlessBlank(List<Row> rows, int line, List<String> fields) {
        if (!(fields.size() == 1 && fields.get(0).isBlank())) {
            rows.add(new Row(line, List.copyOf(fields)));
        }
    }
}
