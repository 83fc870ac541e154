package vn.backan.congress.targets.api;

import vn.backan.congress.targets.service.ObservationView;

import vn.backan.congress.targets.service.IndicatorView;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.backan.congress.commons.rest.paging.PageSchema;

/** The named page types this service's list operations declare in the contract. */
final class Pages {

    private Pages() {
    }

    @Schema(name = "IndicatorPage")
    static final class IndicatorPage extends PageSchema<IndicatorView> {
    }

    @Schema(name = "ObservationPage")
    static final class ObservationPage extends PageSchema<ObservationView> {
    }

    @Schema(name = "OrgUnitPage")
    static final class OrgUnitPage extends PageSchema<OrgUnitResource.OrgUnitView> {
    }
}
