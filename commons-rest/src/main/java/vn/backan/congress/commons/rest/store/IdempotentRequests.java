package vn.backan.congress.commons.rest.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import vn.backan.congress.commons.etag.ETags;
import vn.backan.congress.commons.problem.Problem;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.problem.Problems;

/**
 * The stored answers to POSTs sent with an {@code Idempotency-Key}, per caller, in the service's own
 * {@code idempotent_request} table (each service's migrations create it). A plain class over the
 * service's EntityManager that keeps answers as the edge made them (status, media type, the bytes of
 * the body, Location and ETag), so every service replays the same way, byte for byte.
 *
 * <p>Requests that come with the same key at the same moment queue on the row the first one claims:
 * InnoDB makes each later {@code INSERT IGNORE} wait on that row with a shared lock, and grants it to
 * all of them once the first commits. They then read the answer with a shared lock too ({@code LOCK
 * IN SHARE MODE}: a locking read, so it sees the committed row, not the transaction's older snapshot).
 * Reading it {@code FOR UPDATE} instead made each waiter wait for the others' shared locks, so with
 * more than two requests InnoDB found deadlocks and undid all but one of the waiters, which answered
 * 409 (issue 30). Shared locks do not conflict with each other, so every waiter gets the replay.
 */
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");

    /**
     * An answer as the edge made it: its body already serialised; location and etag may be null.
     * {@code replayed} is true when it comes from the table rather than from this request's write.
     */
    public record Answer(int status, String mediaType, String body, String location, String etag, boolean replayed) {

        public Answer(int status, String mediaType, String body, String location, String etag) {
            this(status, mediaType, body, location, etag, false);
        }
    }

    /** An answer kept with the hash of the request it answered. */
    private record Stored(String requestHash, Answer answer) {
    }

    private final EntityManager em;

    public IdempotentRequests(EntityManager em) {
        this.em = em;
    }

    /**
     * Runs a create once per key: a replay gets the stored answer, a new key runs {@code write} and
     * stores its answer, in the caller's transaction so the write and the answer commit together.
     * Without a key it simply runs {@code write}.
     */
    public Answer once(String caller, String key, String requestDescription, Supplier<Answer> write) {
        String hash = ETags.ofText(requestDescription);
        Optional<Answer> replayed = replay(caller, key, hash);
        if (replayed.isPresent()) {
            return replayed.get();
        }
        if (key != null && !claim(caller, key, hash)) {
            // The same key came in at the same moment and its first request has committed since: its
            // answer is this one's too (read with a shared lock, so the committed row is seen; see above).
            return replay(caller, key, hash, true).orElseThrow();
        }
        Answer answer = write.get();
        if (key != null) {
            remember(caller, key, new Stored(hash, answer));
        }
        return answer;
    }

    /**
     * Takes the key before the write runs: a placeholder row, whose unique key makes a second request
     * with the same key wait until the first commits (and then find its answer) or rolls back (and
     * then take the key itself). False when the key was taken meanwhile.
     */
    private boolean claim(String caller, String key, String hash) {
        return em.createNativeQuery("INSERT IGNORE INTO idempotent_request (caller, idem_key, request_hash, status,"
                + " media_type, body) VALUES (?1, ?2, ?3, 0, '', '')").setParameter(1, caller).setParameter(2, key)
                .setParameter(3, hash).executeUpdate() == 1;
    }

    /**
     * The first answer again when this caller already sent this key with the same request; a 422
     * when the key came with another request; empty when the key is new (or absent).
     */
    public Optional<Answer> replay(String caller, String key, String requestHash) {
        return replay(caller, key, requestHash, false);
    }

    private Optional<Answer> replay(String caller, String key, String requestHash, boolean locking) {
        if (key == null) {
            return Optional.empty();
        }
        requireWellFormed(key);
        return find(caller, key, locking).map(earlier -> {
            if (!earlier.requestHash().equals(requestHash)) {
                throw ProblemException.of(ProblemType.UNPROCESSABLE, 422, HEADER + " " + key
                        + " was used before with a different request; use a new key for a new request.");
            }
            return earlier.answer();
        });
    }

    /**
     * Whether this caller already has an answer stored under this key, so the request will be a
     * replay: work to do before {@link #once} (a check over HTTP, say) can be skipped. A malformed
     * key is a 400 here already.
     */
    public boolean answered(String caller, String key) {
        if (key == null) {
            return false;
        }
        requireWellFormed(key);
        return find(caller, key, false).isPresent();
    }

    /**
     * A stored answer; {@code locking} reads the latest committed row, not this transaction's snapshot,
     * with a shared lock, the one the waiting {@code INSERT IGNORE} already holds (an exclusive one deadlocks).
     */
    private Optional<Stored> find(String caller, String key, boolean locking) {
        List<Tuple> rows = em.createNativeQuery("SELECT request_hash, status, media_type, body, location, etag"
                + " FROM idempotent_request WHERE caller = ?1 AND idem_key = ?2" + (locking ? " LOCK IN SHARE MODE" : ""),
                Tuple.class)
                .setParameter(1, caller).setParameter(2, key).getResultList();
        return rows.stream().findFirst().map(t -> new Stored(t.get(0, String.class), new Answer(
                ((Number) t.get(1)).intValue(), t.get(2, String.class), t.get(3, String.class), t.get(4, String.class),
                t.get(5, String.class), true)));
    }

    /** Fills the row {@link #claim} took with the answer, in the same transaction as the write. */
    private void remember(String caller, String key, Stored stored) {
        Answer answer = stored.answer();
        em.createNativeQuery("UPDATE idempotent_request SET request_hash = ?3, status = ?4, media_type = ?5, body = ?6,"
                + " location = ?7, etag = ?8 WHERE caller = ?1 AND idem_key = ?2")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, stored.requestHash())
                .setParameter(4, answer.status()).setParameter(5, answer.mediaType()).setParameter(6, answer.body())
                .setParameter(7, answer.location()).setParameter(8, answer.etag()).executeUpdate();
    }

    /** Printable ASCII without spaces, at most 128 characters: what the table holds, and what clients generate. */
    private static void requireWellFormed(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new ProblemException(Problems.validation(HEADER + " must be 1 to 128 printable ASCII characters"
                    + " without spaces (a UUID is a good choice).", List.of(new Problem.FieldError(HEADER,
                    "must be 1 to 128 printable ASCII characters without spaces"))));
        }
    }
}
