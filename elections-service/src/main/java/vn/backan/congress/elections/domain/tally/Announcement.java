package vn.backan.congress.elections.domain.tally;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the counting minutes declare: the winners in descending order of votes (and, for a
 * delegation, the alternates), and when the result was announced. The engine checks it against the
 * votes; it never takes it on trust.
 */
public record Announcement(List<String> elected, List<String> alternates, Instant announcedAt) {

    public Announcement {
        elected = List.copyOf(elected);
        alternates = List.copyOf(alternates);
    }

    public Optional<Instant> announcedAtIfKnown() {
        return Optional.ofNullable(announcedAt);
    }
}
