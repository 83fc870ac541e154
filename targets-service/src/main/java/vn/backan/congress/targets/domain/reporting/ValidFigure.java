package vn.backan.congress.targets.domain.reporting;

import java.math.BigDecimal;
import vn.backan.congress.targets.domain.Quality;

/** A row that passed every check, in typed form. */
public record ValidFigure(int row, String indicator, String orgUnit, short year, BigDecimal value,
        Quality quality, String source, String comment) {

    /** The natural key: one figure per indicator, org unit and year. */
    public String key() {
        return indicator + "|" + orgUnit + "|" + year;
    }
}
