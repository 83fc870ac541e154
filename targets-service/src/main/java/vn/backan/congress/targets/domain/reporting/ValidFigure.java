package vn.backan.congress.targets.domain.reporting;

import java.math.BigDecimal;
import vn.backan.congress.targets.domain.Citation;
import vn.backan.congress.targets.domain.Quality;

/** A row that passed every check, in typed form; {@code citation} is null when the row named no published source. */
public record ValidFigure(int row, String indicator, String orgUnit, short year, BigDecimal value,
        Quality quality, String source, String comment, Citation citation) {

    /** The natural key: one figure per indicator, org unit and year. */
    public String key() {
        return indicator + "|" + orgUnit + "|" + year;
    }
}
