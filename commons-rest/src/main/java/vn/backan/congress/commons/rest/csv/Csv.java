package vn.backan.congress.commons.rest.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV, written with Apache Commons CSV: CRLF line ends, a header row, fields quoted only
 * when they need it. A text cell a spreadsheet would run as a formula (it starts with =, +, -, @,
 * tab or carriage return) is neutralised with a leading apostrophe, as OWASP advises ("CSV
 * injection"); an import reads it back without ({@link #unneutralised}). Numbers are never
 * touched: -3.2 is a number, not a formula.
 */
public final class Csv {

    /** A formula character, perhaps behind apostrophes (so that a cell that began with one round-trips too). */
    private static final Pattern FORMULA = Pattern.compile("^'*[=+\\-@\t\r]");

    private Csv() {
    }

    public static String write(List<String> header, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header.stream().map(Csv::field).toList());
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(Csv::field).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("A StringBuilder does not fail", e);
        }
        return out.toString();
    }

    /** A cell's text: numbers plain (6.5, never 6.5000 or 6.5E+0), text neutralised, null empty. */
    static String field(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        String text = value.toString();
        return value instanceof CharSequence && FORMULA.matcher(text).find() ? "'" + text : text;
    }

    /** A cell as the client meant it: the apostrophe an export put before a formula character taken off. */
    public static String unneutralised(String cell) {
        return cell != null && cell.startsWith("'") && FORMULA.matcher(cell).find() ? cell.substring(1) : cell;
    }
}
