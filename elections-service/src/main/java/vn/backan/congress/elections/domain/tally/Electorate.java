package vn.backan.congress.elections.domain.tally;

/** Who votes in a contest, which decides the threshold base (docs/election-rules.md, "Who is elected"). */
public enum Electorate {

    /**
     * The official delegates summoned to a delegates' congress (đại hội đại biểu), e.g. the 345 of
     * the 2020 provincial congress. Two kinds of whole-congress absentees lower the base (244 art. 32.3).
     */
    CONGRESS_DELEGATES,

    /**
     * The members of a committee electing its own officers (the first plenum electing the Standing
     * Committee or the Secretary): the base is the membership, e.g. 47.
     */
    COMMITTEE_MEMBERS
}
