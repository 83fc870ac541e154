package vn.backan.congress.elections.domain.tally;

import java.util.List;
import java.util.Objects;

/**
 * A body or post to fill, as the tally needs it: the official seats, the alternate seats (a
 * delegation's dự khuyết; 0 elsewhere), the ballot style, the regulation, who votes, and the
 * candidate list presented to the electors, in ballot order.
 *
 * <p>Checked by {@link ContestChecks} (a 422 naming the rule), not here, so a bad spec from a client
 * is a refusal with a code rather than an exception from a constructor.
 */
public record ContestSpec(
        String code,
        int seats,
        int alternateSeats,
        BallotStyle ballotStyle,
        RuleSet ruleSet,
        Electorate electorate,
        List<String> candidateIds) {

    public ContestSpec {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(ballotStyle, "ballotStyle");
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(electorate, "electorate");
        candidateIds = List.copyOf(candidateIds);
    }

    /** Official and alternate seats together: a delegation is elected from one list. */
    public int totalSeats() {
        return seats + alternateSeats;
    }
}
