package vn.backan.congress.elections.domain.tally;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A contest, round or counting sheet that breaks one or more invariants. The REST layer maps it to
 * a 422 whose problem names each {@link Invariant#code()} with its detail.
 */
public final class TallyRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One broken rule and what, in this sheet, breaks it. */
    public record Violation(Invariant invariant, String detail) {

        public String code() {
            return invariant.code();
        }
    }

    private final transient List<Violation> violations;

    public TallyRejected(List<Violation> violations) {
        super(violations.stream().map(v -> v.code() + ": " + v.detail()).collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("A rejection names at least one broken rule");
        }
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The broken rules, in the order they were found. */
    public List<Invariant> invariants() {
        return violations.stream().map(Violation::invariant).toList();
    }

    /** Throws when anything was found; a no-op on an empty list. */
    static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new TallyRejected(violations);
        }
    }
}
