package vn.backan.congress.targets.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.rest.csv.CsvParser;
import vn.backan.congress.commons.text.VietnameseText;
import vn.backan.congress.targets.domain.reporting.FigureRow;

/**
 * Turns an import body into rows, keeping every field as text so that the validator, not the
 * parser, says what is wrong with a row. A body that is not JSON or CSV at all is a 400.
 */
final class FigureParsing {

    /** CSV column names, as the export writes them; camelCase spellings are accepted too. */
    static final List<String> COLUMNS = List.of("indicator", "org_unit", "year", "value", "quality", "source", "comment");

    private FigureParsing() {
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
                    "Send a JSON array of figures: [{\"indicator\", \"orgUnit\", \"year\", \"value\", \"quality\", \"source\", \"comment\"}]");
        }
        List<FigureRow> rows = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode n = root.get(i);
            rows.add(new FigureRow(i + 1, text(n, "indicator"), text(n, "orgUnit"), text(n, "year"), text(n, "value"),
                    text(n, "quality"), text(n, "source"), text(n, "comment")));
        }
        return rows;
    }

    static List<FigureRow> fromCsv(String body) {
        List<CsvParser.Row> records;
        try {
            records = CsvParser.parse(body);
        } catch (CsvParser.MalformedCsvException e) {
            throw ProblemException.of(ProblemType.MALFORMED_BODY, 400, e.getMessage());
        }
        if (records.isEmpty()) {
            throw ProblemException.of(ProblemType.MALFORMED_BODY, 400, "The CSV is empty; its first row names the columns "
                    + String.join(",", COLUMNS) + ".");
        }
        Map<String, Integer> at = new java.util.HashMap<>();
        List<String> header = records.get(0).fields();
        for (int i = 0; i < header.size(); i++) {
            at.put(header.get(i).trim().toLowerCase(Locale.ROOT).replace("orgunit", "org_unit"), i);
        }
        List<String> missing = COLUMNS.subList(0, 4).stream().filter(c -> !at.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw ProblemException.of(ProblemType.MALFORMED_BODY, 400, "The CSV header lacks " + missing
                    + "; expected " + String.join(",", COLUMNS) + " (the last three optional).");
        }
        List<FigureRow> rows = new ArrayList<>();
        for (CsvParser.Row r : records.subList(1, records.size())) {
            rows.add(new FigureRow(r.line(), cell(r, at, "indicator"), cell(r, at, "org_unit"), cell(r, at, "year"),
                    cell(r, at, "value"), cell(r, at, "quality"), cell(r, at, "source"), cell(r, at, "comment")));
        }
        return rows;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? null : VietnameseText.nfc(v.asText());
    }

    private static String cell(CsvParser.Row r, Map<String, Integer> at, String column) {
        Integer i = at.get(column);
        return i == null || i >= r.fields().size() ? null : VietnameseText.nfc(r.fields().get(i));
    }
}
