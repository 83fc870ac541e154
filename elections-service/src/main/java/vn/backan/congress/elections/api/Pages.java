package vn.backan.congress.elections.api;

import vn.backan.congress.elections.service.BodyView;
import vn.backan.congress.elections.service.PersonView;
import vn.backan.congress.elections.service.PostView;
import vn.backan.congress.elections.service.ContestView;

import vn.backan.congress.elections.service.MembershipView;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.backan.congress.commons.rest.paging.PageSchema;

/** The named page types this service's list operations declare in the contract. */
final class Pages {

    private Pages() {
    }

    @Schema(name = "BodyPage")
    static final class BodyPage extends PageSchema<BodyView> {
    }

    @Schema(name = "PostPage")
    static final class PostPage extends PageSchema<PostView> {
    }

    @Schema(name = "ContestPage")
    static final class ContestPage extends PageSchema<ContestView> {
    }

    @Schema(name = "MembershipPage")
    static final class MembershipPage extends PageSchema<MembershipView> {
    }

    @Schema(name = "PersonPage")
    static final class PersonPage extends PageSchema<PersonView> {
    }
}
