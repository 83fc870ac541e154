package vn.backan.congress.targets.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.backan.congress.commons.rest.csv.CsvParser;
import vn.backan.congress.targets.domain.reporting.FigureInQuote;

/**
 * The published record's coverage as a Markdown table: per indicator, the province's chosen
 * figure for each year with its quality and bound, and the districts that have a figure.
 */
final class CoverageTable {

    private static final String PROVINCE = "06";
    private static final int FIRST_YEAR = 2020;
    private static final int LAST_YEAR = 2025;

    private CoverageTable() {
    }

    /**
     * @param figures the record's rows by figure, chosen row first
     * @param kinds   indicator code to target kind, in the resolution's order
     * @param units   org unit code to its name
     */
    static String of(Map<String, List<CsvParser.Row>> figures, Map<String, String> kinds, Map<String, String> units) {
        StringBuilder out = new StringBuilder("| Indicator | Target | 2020 | 2021 | 2022 | 2023 | 2024 | 2025 | Districts |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        kinds.forEach((code, kind) -> {
            List<String> cells = new ArrayList<>(List.of("`" + code + "`", kind.toLowerCase(Locale.ROOT).replace('_', ' ')));
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                List<CsvParser.Row> rows = figures.get(code + "|" + PROVINCE + "|" + year);
                cells.add(kind.equals("QUALITATIVE") ? "n/a" : rows == null ? "—" : cell(rows));
            }
            Set<String> districts = new LinkedHashSet<>();
            units.forEach((unit, name) -> {
                for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                    if (!unit.equals(PROVINCE) && figures.containsKey(code + "|" + unit + "|" + year)) {
                        districts.add(name + " " + year);
                    }
                }
            });
            cells.add(String.join(", ", districts));
            out.append("| ").append(String.join(" | ", cells)).append(" |\n");
        });
        return out.toString();
    }

    /** "7,4 e", ">562 e", "73,38"; a † when other pages published other values for it. */
    private static String cell(List<CsvParser.Row> rows) {
        List<String> f = rows.get(0).fields();
        String bound = switch (f.get(4)) {
            case "ABOVE" -> ">";
            case "AT_LEAST" -> "≥";
            case "BELOW" -> "<";
            case "AT_MOST" -> "≤";
            default -> "";
        };
        String quality = switch (f.get(5)) {
            case "ESTIMATE" -> " e";
            case "PRELIMINARY" -> " p";
            case "SERIES_BREAK" -> " b";
            default -> "";
        };
        boolean disagreed = rows.stream().skip(1).anyMatch(r -> new BigDecimal(r.fields().get(3))
                .compareTo(new BigDecimal(f.get(3))) != 0);
        return bound + FigureInQuote.vietnamese(new BigDecimal(f.get(3))) + quality + (disagreed ? " †" : "");
    }
}
