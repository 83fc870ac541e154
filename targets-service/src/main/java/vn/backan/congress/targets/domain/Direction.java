package vn.backan.congress.targets.domain;

/** Which way is better for an indicator. */
public enum Direction {
    INCREASE, DECREASE, MAINTAIN, NONE
}
