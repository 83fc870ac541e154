package vn.backan.congress.elections.domain.tally;

/** Why a ballot is invalid: the two reasons docs/election-rules.md ("Ballots") names. */
public enum InvalidReason {

    /** Not issued by the vote-counting committee. */
    NOT_ISSUED_BY_COUNTING_COMMITTEE,

    /** Keeps more names than there are seats. */
    MORE_NAMES_KEPT_THAN_SEATS
}
