package vn.backan.congress.elections.domain.tally;

import java.util.Objects;

/**
 * One candidate's line in the counting minutes. Counted on valid ballots only (244 art. 32.1).
 * The shape follows the ballot style: a strike-out ballot records how many valid ballots kept the
 * name; an agree/disagree ballot records agree, disagree and the lines that count for nobody.
 */
public sealed interface CandidateLine permits CandidateLine.Kept, CandidateLine.AgreeDisagree {

    String candidateId();

    /** The votes the candidate received: the ones that count toward the minimum. */
    int votes();

    BallotStyle style();

    static CandidateLine kept(String candidateId, int votes) {
        return new Kept(candidateId, votes);
    }

    static CandidateLine agreeDisagree(String candidateId, int agree, int disagree, int notCounted) {
        return new AgreeDisagree(candidateId, agree, disagree, notCounted);
    }

    /** Strike-out ballot: the valid ballots on which the name was not struck out. */
    record Kept(String candidateId, int votes) implements CandidateLine {

        public Kept {
            Objects.requireNonNull(candidateId, "candidateId");
        }

        @Override
        public BallotStyle style() {
            return BallotStyle.STRIKE_OUT;
        }
    }

    /**
     * Agree/disagree ballot. {@code notCounted} is the valid ballots whose line for this name was
     * marked in both boxes or in neither: they count for nobody.
     */
    record AgreeDisagree(String candidateId, int agree, int disagree, int notCounted) implements CandidateLine {

        public AgreeDisagree {
            Objects.requireNonNull(candidateId, "candidateId");
        }

        @Override
        public int votes() {
            return agree;
        }

        @Override
        public BallotStyle style() {
            return BallotStyle.AGREE_DISAGREE;
        }
    }
}
