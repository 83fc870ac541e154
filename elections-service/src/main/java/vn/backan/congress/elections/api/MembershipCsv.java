package vn.backan.congress.elections.api;

import vn.backan.congress.elections.service.MembershipView;

import java.util.Arrays;
import java.util.List;
import vn.backan.congress.commons.rest.csv.Csv;

/** Memberships as CSV, one row each, for open-data downloads. */
final class MembershipCsv {

    private MembershipCsv() {
    }

    static String of(List<MembershipView> memberships) {
        return Csv.write(List.of("id", "person_id", "person_name", "body_code", "post_code", "role_vi", "role_en",
                "start_date", "start_reason", "end_date", "end_reason", "contest_code"),
                memberships.stream().map(m -> Arrays.<Object>asList(m.id(), m.person().id(), m.person().name(),
                        m.bodyCode(), m.postCode(), m.role().vi(), m.role().en(), m.startDate(), m.startReason(),
                        m.endDate(), m.endReason(), m.contestCode())).toList());
    }
}
