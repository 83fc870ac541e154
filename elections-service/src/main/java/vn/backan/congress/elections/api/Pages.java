package vn.backan.congress.elections.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.backan.congress.commons.rest.paging.PageSchema;

/** The named page types this service's list operations declare in the contract. */
final class Pages {

    private Pages() {
    }

    @Schema(name = "BodyPage")
    static final class BodyPage extends PageSchema<BodyResource.BodyView> {
    }

    @Schema(name = "PostPage")
    static final class PostPage extends PageSchema<PostResource.PostView> {
    }

    @Schema(name = "ContestPage")
    static final class ContestPage extends PageSchema<ContestView> {
    }

    @Schema(name = "MembershipPage")
    static final class MembershipPage extends PageSchema<MembershipView> {
    }

    @Schema(name = "PersonPage")
    static final class PersonPage extends PageSchema<PersonResource.PersonView> {
    }
}
