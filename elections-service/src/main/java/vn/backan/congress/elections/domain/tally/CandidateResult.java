package vn.backan.congress.elections.domain.tally;

import java.math.BigDecimal;

/**
 * One candidate after the count. {@code rank} is competition ranking by votes over everyone on the
 * ballot (equal votes share a rank, the next rank skips: 1, 2, 2, 4). {@code percentOfBase} is
 * votes × 100 / threshold base, scale 2, half-up: the percentage the minutes print.
 */
public record CandidateResult(String candidateId, int votes, BigDecimal percentOfBase, boolean passed, int rank,
        Outcome outcome) {
}
