package vn.backan.congress.targets.domain.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.backan.congress.targets.domain.Qualifier;
import vn.backan.congress.targets.domain.Quality;
import vn.backan.congress.targets.domain.TargetKind;

/**
 * Checks an import row by row against the catalogue; rows naming the same figure are settled by
 * {@link PublishedValues}. Pure: it is given the indicators and org
 * unit codes, and returns the valid figures and the conflicts; it reads and saves nothing.
 */
public final class FigureValidator {

    /** The outcome of checking a whole import. */
    public record Result(List<ValidFigure> valid, List<Conflict> conflicts) {
    }

    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final Map<String, ReportedIndicator> indicators;
    private final Set<String> orgUnits;

    /** {@code indicators} by code. */
    public FigureValidator(Map<String, ReportedIndicator> indicators, Set<String> orgUnits) {
        this.indicators = indicators;
        this.orgUnits = orgUnits;
    }

    public Result check(List<FigureRow> rows) {
        List<Conflict> conflicts = new ArrayList<>();
        Map<String, List<ValidFigure>> byKey = new LinkedHashMap<>();
        Map<Integer, FigureRow> rowsByNumber = new HashMap<>();
        for (FigureRow row : rows) {
            Object outcome = checkOne(row);
            if (outcome instanceof Conflict c) {
                conflicts.add(c);
                continue;
            }
            ValidFigure figure = (ValidFigure) outcome;
            rowsByNumber.put(row.row(), row);
            byKey.computeIfAbsent(figure.key(), k -> new ArrayList<>()).add(figure);
        }
        List<ValidFigure> valid = new ArrayList<>();
        for (List<ValidFigure> sameFigure : byKey.values()) {
            PublishedValues.Outcome outcome = PublishedValues.settle(sameFigure);
            if (outcome.figure() != null) {
                valid.add(outcome.figure());
            }
            outcome.refused().forEach((row, why) -> conflicts.add(Conflict.of(rowsByNumber.get(row), why.code(),
                    why.message())));
        }
        conflicts.sort(java.util.Comparator.comparingInt(Conflict::row));
        return new Result(valid, conflicts);
    }

    private Object checkOne(FigureRow r) {
        for (String[] field : new String[][] {{"indicator", r.indicator()}, {"orgUnit", r.orgUnit()},
                {"year", r.year()}, {"value", r.value()}}) {
            if (field[1] == null || field[1].isBlank()) {
                return Conflict.of(r, Conflict.Code.MISSING_FIELD, field[0] + " is required");
            }
        }
        ReportedIndicator indicator = indicators.get(r.indicator().trim());
        if (indicator == null) {
            return Conflict.of(r, Conflict.Code.UNKNOWN_INDICATOR, "no indicator " + r.indicator());
        }
        if (indicator.kind() == TargetKind.QUALITATIVE) {
            return Conflict.of(r, Conflict.Code.NOT_MEASURED_BY_FIGURES, indicator.code()
                    + " is a qualitative commitment: it is followed by narrative reports, not figures");
        }
        if (!orgUnits.contains(r.orgUnit().trim())) {
            return Conflict.of(r, Conflict.Code.UNKNOWN_ORG_UNIT, "no org unit " + r.orgUnit());
        }
        Integer year = parseYear(r.year());
        if (year == null || year < FigureRules.FIRST_YEAR || year > FigureRules.LAST_YEAR) {
            return Conflict.of(r, Conflict.Code.YEAR_OUT_OF_RANGE, "year must be " + FigureRules.FIRST_YEAR + " (baseline) to "
                    + FigureRules.LAST_YEAR + ", not " + r.year());
        }
        BigDecimal value = parseNumber(r.value());
        if (value == null) {
            return Conflict.of(r, Conflict.Code.NOT_A_NUMBER, "value must be a number such as 6.5 (a dot for decimals, at most 4 of them), not "
                    + r.value());
        }
        String range = indicator.kind() == TargetKind.MILESTONE ? FigureRules.notAFlag(value)
                : FigureRules.outOfRange(indicator.unit(), value);
        if (range != null) {
            return Conflict.of(r, Conflict.Code.VALUE_OUT_OF_RANGE, range);
        }
        Qualifier qualifier = parseName(Qualifier.class, r.qualifier(), Qualifier.EXACT);
        if (qualifier == null) {
            return Conflict.of(r, Conflict.Code.UNKNOWN_QUALIFIER, "qualifier must be one of EXACT, ABOVE, AT_LEAST,"
                    + " BELOW, AT_MOST, not " + r.qualifier());
        }
        Quality quality = parseName(Quality.class, r.quality(), Quality.FINAL);
        if (quality == null) {
            return Conflict.of(r, Conflict.Code.UNKNOWN_QUALITY, "quality must be one of PRELIMINARY, ESTIMATE, FINAL,"
                    + " REVISED, SERIES_BREAK, not " + r.quality());
        }
        if (tooLong(r.source(), 300) || tooLong(r.comment(), 1000)) {
            return Conflict.of(r, Conflict.Code.FIELD_TOO_LONG, "source is at most 300 characters, comment 1000");
        }
        CitationRules.Checked cited = CitationRules.check(r.citation());
        if (cited.problem() != null) {
            return Conflict.of(r, cited.code(), cited.problem());
        }
        return new ValidFigure(r.row(), indicator.code(), r.orgUnit().trim(), year.shortValue(), value, qualifier,
                quality, blankToNull(r.source()), blankToNull(r.comment()), cited.citation(), List.of());
    }

    /** ASCII digits only: Java would also read "２０２１" and "٢٠٢١" as 2021. */
    private static Integer parseYear(String text) {
        String t = text.trim();
        return YEAR.matcher(t).matches() ? Integer.valueOf(t) : null;
    }

    /** A plain decimal in ASCII digits with at most 4 decimals; nothing is rounded to fit. */
    private static BigDecimal parseNumber(String text) {
        String t = text.trim();
        if (!DECIMAL.matcher(t).matches()) {
            return null;
        }
        BigDecimal value = new BigDecimal(t);
        return value.scale() > 4 || value.precision() - value.scale() > 16 ? null : value;
    }

    /**
     * A name of {@code type}'s constants, case-folded; blank means {@code absent} (no quality given
     * is a final figure, no qualifier the value itself); null when it names none.
     */
    private static <E extends Enum<E>> E parseName(Class<E> type, String text, E absent) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean tooLong(String text, int max) {
        return text != null && text.length() > max;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
