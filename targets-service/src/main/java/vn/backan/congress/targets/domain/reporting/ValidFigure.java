package vn.backan.congress.targets.domain.reporting;

import java.math.BigDecimal;
import java.util.List;
import vn.backan.congress.targets.domain.Citation;
import vn.backan.congress.targets.domain.OtherValue;
import vn.backan.congress.targets.domain.Qualifier;
import vn.backan.congress.targets.domain.Quality;

/**
 * A row that passed every check, in typed form; {@code citation} is null when the row named no
 * published source; {@code others} are the other published values of the same figure the import
 * sent, which the source rule did not choose.
 */
public record ValidFigure(int row, String indicator, String orgUnit, short year, BigDecimal value, Qualifier qualifier,
        Quality quality, String source, String comment, Citation citation, List<OtherValue> others) {

    public ValidFigure {
        qualifier = qualifier == null ? Qualifier.EXACT : qualifier;
        others = others == null ? List.of() : List.copyOf(others);
    }

    /** The natural key: one figure per indicator, org unit and year. */
    public String key() {
        return indicator + "|" + orgUnit + "|" + year;
    }

    ValidFigure withOthers(List<OtherValue> otherValues) {
        return new ValidFigure(row, indicator, orgUnit, year, value, qualifier, quality, source, comment, citation,
                otherValues);
    }
}
