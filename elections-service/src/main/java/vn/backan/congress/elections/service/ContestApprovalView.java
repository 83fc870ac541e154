package vn.backan.congress.elections.service;

import java.util.List;

/** What an approval answers: the approved contest and the memberships it created. */
public record ContestApprovalView(ContestView contest, List<MembershipView> memberships) {
}
