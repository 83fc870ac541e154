package vn.backan.congress.elections.api;

import vn.backan.congress.elections.service.ContestView;

import java.util.Arrays;
import java.util.List;
import vn.backan.congress.commons.rest.csv.Csv;

/** One flat row per contest; the candidates' votes are in the results table. */
final class ContestCsv {

    private ContestCsv() {
    }

    static String of(List<ContestView> contests) {
        return Csv.write(List.of("code", "body_code", "post_code", "name_vi", "name_en", "seats", "alternate_seats",
                "ballot_style", "rule_set", "electorate", "held_on", "state", "pending", "seats_left_open",
                "announced_at", "decision_number", "decision_date", "candidates", "rounds_counted", "created_at"),
                contests.stream().map(c -> Arrays.<Object>asList(c.code(), c.bodyCode(), c.postCode(), c.name().vi(),
                        c.name().en(), c.seats(), c.alternateSeats(), c.ballotStyle(), c.ruleSet(), c.electorate(),
                        c.heldOn(), c.state(), c.pending(), c.seatsLeftOpen(), c.announcedAt(), c.decisionNumber(),
                        c.decisionDate(), c.candidates().size(), c.rounds().size(), c.createdAt())).toList());
    }
}
