package vn.backan.congress.commons.rest.csv;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV: CRLF line ends, a header row, fields quoted when they hold a comma, quote or line break. */
public final class Csv {

    private Csv() {
    }

    public static String write(List<String> header, List<List<Object>> rows) {
        StringBuilder out = new StringBuilder();
        line(out, header.stream().map(h -> (Object) h).toList());
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, List<Object> fields) {
        out.append(fields.stream().map(Csv::field).collect(Collectors.joining(","))).append("\r\n");
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value.toString();
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
