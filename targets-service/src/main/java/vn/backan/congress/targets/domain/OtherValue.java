package vn.backan.congress.targets.domain;

import java.math.BigDecimal;
import vn.backan.congress.targets.domain.reporting.SourcePreference;

/**
 * Another value published for the same figure (indicator, org unit, year), with its page, and
 * the step of the source rule (SourcePreference) at which it lost to the chosen value. Kept with the
 * figure so a reader sees what else was published, not only what was chosen.
 */
public record OtherValue(BigDecimal value, Qualifier qualifier, Quality quality, String comment, Citation citation,
        SourcePreference.Because notChosenBecause) {
}
