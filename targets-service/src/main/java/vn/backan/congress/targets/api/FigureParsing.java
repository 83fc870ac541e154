package vn.backan.congress.targets.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.backan.congress.commons.problem.Problem;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.problem.Problems;
import vn.backan.congress.commons.rest.csv.Csv;
import vn.backan.congress.commons.rest.csv.CsvParser;
import vn.backan.congress.commons.text.TextChecks;
import vn.backan.congress.commons.text.VietnameseText;
import vn.backan.congress.targets.domain.reporting.CitationText;
import vn.backan.congress.targets.domain.reporting.FigureRow;

/**
 * Turns an import body into rows, keeping every field as text so that the validator, not the
 * parser, says what is wrong with a row. A body that is not UTF-8, JSON or CSV at all is a 400, and
 * so is text that could only be stored bent (a control character, a lone surrogate) or a CSV
 * column named twice: the report could not say which of two values was meant.
 */
final class FigureParsing {

    /**
     * CSV column names, as the export writes them; orgUnit is accepted for org_unit, and note (the
     * published record's name, data/published/) for comment.
     */
    static final List<String> COLUMNS = List.of("indicator", "org_unit", "year", "value", "qualifier", "quality", "source", "comment",
            "source_url", "source_title", "publisher", "published_on", "quote");

    private static final Map<String, String> ALIASES = Map.of("orgunit", "org_unit", "note", "comment");

    /** Rows one import may hold (the contract states it); a larger batch is split by the client. */
    static final int MAX_ROWS = 10_000;

    private FigureParsing() {
    }

    /** The body's bytes as UTF-8, strictly: a lenient decoder would turn what is not into U+FFFD. */
    static String text(byte[] body) {
        try {
            return TextChecks.utf8(body);
        } catch (TextChecks.NotUtf8 e) {
            throw ProblemException.of(ProblemType.MALFORMED_BODY, 400, "The body " + e.getMessage()
                    + "; send UTF-8.");
        }
    }

    static List<FigureRow> fromJson(String body, ObjectMapper mapper) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw ProblemException.of(ProblemType.MALFORMED_BODY, 400, "The body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw ProblemException.of(ProblemType.MALFORMED_BODY, 400,
                    "Send a JSON array of figures: [{\"indicator\", \"orgUnit\", \"year\", \"value\", \"qualifier\", \"quality\", \"source\", \"comment\","
                            + " \"citation\"}]");
        }
        checkRowCount(root.size());
        List<FigureRow> rows = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode n = root.get(i);
            int row = i + 1;
            rows.add(new FigureRow(row, field(n, "indicator", row), field(n, "orgUnit", row), field(n, "year", row),
                    field(n, "value", row), field(n, "qualifier", row), field(n, "quality", row), field(n, "source", row),
                    field(n, "comment", row), citation(n == null ? null : n.get("citation"), row)));
        }
        return rows;
    }

    static List<FigureRow> fromCsv(String body) {
        List<CsvParser.Row> records;
        try {
            records = CsvParser.parse(body, MAX_ROWS + 1); // the header and the figures; reading stops past them
        } catch (CsvParser.MalformedCsvException e) {
            throw ProblemException.of(ProblemType.MALFORMED_BODY, 400, e.getMessage());
        } catch (CsvParser.TooManyRecordsException e) {
            throw ProblemException.of(ProblemType.MALFORMED_BODY, 400, "The import holds more than " + MAX_ROWS
                    + " figures; send at most " + MAX_ROWS + " at a time.");
        }
        if (records.isEmpty()) {
            throw ProblemException.of(ProblemType.MALFORMED_BODY, 400, "The CSV is empty; its first row names the columns "
                    + String.join(",", COLUMNS) + ".");
        }
        Map<String, Integer> at = new java.util.HashMap<>();
        List<String> header = records.get(0).fields();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim().toLowerCase(Locale.ROOT);
            String column = ALIASES.getOrDefault(name, name);
            if (at.putIfAbsent(column, i) != null) {
                throw ProblemException.of(ProblemType.MALFORMED_BODY, 400, "The CSV header names the column " + column
                        + " twice (columns " + (at.get(column) + 1) + " and " + (i + 1) + "); name each once.");
            }
        }
        List<String> missing = COLUMNS.subList(0, 4).stream().filter(c -> !at.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw ProblemException.of(ProblemType.MALFORMED_BODY, 400, "The CSV header lacks " + missing
                    + "; expected " + String.join(",", COLUMNS) + " (all but the first four optional).");
        }
        List<FigureRow> rows = new ArrayList<>();
        for (CsvParser.Row r : records.subList(1, records.size())) {
            rows.add(new FigureRow(r.line(), cell(r, at, "indicator"), cell(r, at, "org_unit"), cell(r, at, "year"),
                    cell(r, at, "value"), cell(r, at, "qualifier"), cell(r, at, "quality"), cell(r, at, "source"),
                    cell(r, at, "comment"),
                    new CitationText(cell(r, at, "source_url"), cell(r, at, "source_title"), cell(r, at, "publisher"),
                            cell(r, at, "published_on"), cell(r, at, "quote"))));
        }
        return rows;
    }

    private static void checkRowCount(int rows) {
        if (rows > MAX_ROWS) {
            throw ProblemException.of(ProblemType.MALFORMED_BODY, 400, "The import holds " + rows + " figures; send at most "
                    + MAX_ROWS + " at a time.");
        }
    }

    /** The row's citation object; anything but an object (or null) is reported as the row's fault, not guessed at. */
    private static CitationText citation(JsonNode c, int row) {
        if (c == null || c.isNull()) {
            return CitationText.NONE;
        }
        if (!c.isObject()) {
            throw new ProblemException(Problems.validation("Row " + row + ": citation must be an object with url,"
                    + " title, publisher, publishedOn and quote.", List.of(new Problem.FieldError("rows[" + row
                    + "].citation", "must be an object"))));
        }
        return new CitationText(field(c, "url", row), field(c, "title", row), field(c, "publisher", row),
                field(c, "publishedOn", row), field(c, "quote", row));
    }

    private static String field(JsonNode n, String field, int row) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return checked(v.isNumber() ? number(v.decimalValue()) : v.asText(), field, row);
    }

    /**
     * Written out in full (1e-5 as 0.00001), so the validator sees the real precision; a number far
     * beyond any figure's (1e-400, 1e400) keeps its exponent, which the validator refuses as such.
     */
    private static String number(BigDecimal value) {
        return Math.abs(value.scale()) > 40 ? value.toString() : value.toPlainString();
    }

    private static String cell(CsvParser.Row r, Map<String, Integer> at, String column) {
        Integer i = at.get(column);
        // A text cell our export neutralised ('=...) is read as it was meant (=...).
        return i == null || i >= r.fields().size() ? null : checked(Csv.unneutralised(r.fields().get(i)), column, r.line());
    }

    private static String checked(String text, String field, int row) {
        TextChecks.problem(text).ifPresent(problem -> {
            throw new ProblemException(Problems.validation("Row " + row + ": " + field + " " + problem + ".",
                    List.of(new Problem.FieldError("rows[" + row + "]." + field, problem))));
        });
        return VietnameseText.nfc(text);
    }
}
