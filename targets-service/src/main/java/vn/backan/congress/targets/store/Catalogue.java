package vn.backan.congress.targets.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import vn.backan.congress.commons.text.Codes;
import vn.backan.congress.targets.domain.Indicator;
import vn.backan.congress.targets.domain.OrgUnit;
import vn.backan.congress.targets.domain.Resolution;

/** Reads the catalogue: the resolution, its indicators and the org units, in the seed's order. */
@ApplicationScoped
public class Catalogue {

    public static final String RESOLUTION_CODE = "DH-XII-2020-2025";

    public Resolution resolution() {
        return Resolution.<Resolution>findByIdOptional(RESOLUTION_CODE)
                .orElseThrow(() -> new IllegalStateException("migration V3 loads the resolution"));
    }

    public List<Indicator> indicators() {
        return Indicator.list("order by position");
    }

    public Optional<Indicator> indicator(String code) {
        return Codes.exactly(code, c -> Indicator.<Indicator>findByIdOptional(c), i -> i.code);
    }

    public List<OrgUnit> orgUnits() {
        return OrgUnit.list("order by position");
    }

    public Optional<OrgUnit> orgUnit(String code) {
        return Codes.exactly(code, c -> OrgUnit.<OrgUnit>findByIdOptional(c), u -> u.code);
    }
}
