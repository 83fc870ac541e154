package vn.backan.congress.targets.domain.reporting;

/** Why one row was rejected: a stable code a program can branch on, and a message a person can read. */
public record Conflict(int row, String indicator, String orgUnit, String year, Code code, String message) {

    public enum Code {
        MISSING_FIELD, UNKNOWN_INDICATOR, UNKNOWN_ORG_UNIT, YEAR_OUT_OF_RANGE, NOT_A_NUMBER, VALUE_OUT_OF_RANGE,
        UNKNOWN_QUALITY, NOT_MEASURED_BY_FIGURES, DUPLICATE_ROW, FIELD_TOO_LONG,
        INVALID_SOURCE, UNKNOWN_QUALIFIER, UNDECIDED_VALUES
    }

    static Conflict of(FigureRow r, Code code, String message) {
        return new Conflict(r.row(), r.indicator(), r.orgUnit(), r.year(), code, message);
    }
}
