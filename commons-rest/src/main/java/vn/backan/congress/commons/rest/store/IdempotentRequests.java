package vn.backan.congress.commons.rest.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.backan.congress.commons.etag.ETags;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;

/**
 * The stored answers to POSTs sent with an {@code Idempotency-Key}, per caller, in the service's own
 * {@code idempotent_request} table (each service's migrations create it). A plain class over the
 * service's EntityManager, so every service replays the same way.
 */
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    public record Answer(String requestHash, int status, String mediaType, String body) {
    }

    private final EntityManager em;

    public IdempotentRequests(EntityManager em) {
        this.em = em;
    }

    /**
     * The first answer again when this caller already sent this key with the same request; a 422
     * when the key came with another request; empty when the key is new.
     */
    public Optional<Response> replay(String caller, String key, String requestHash) {
        if (key == null) {
            return Optional.empty();
        }
        return find(caller, key).map(earlier -> {
            if (!earlier.requestHash().equals(requestHash)) {
                throw ProblemException.of(ProblemType.UNPROCESSABLE, 422, HEADER + " " + key
                        + " was used before with a different request; use a new key for a new request.");
            }
            Response.ResponseBuilder answer = Response.status(earlier.status()).type(earlier.mediaType())
                    .entity(earlier.body()).header(REPLAYED_HEADER, "true");
            return answer.build();
        });
    }

    /**
     * Runs a create once per key: a replay gets the stored answer, a new key runs {@code write} and
     * stores its answer, in the caller's transaction so the write and the answer commit together.
     * {@code write} must answer with its JSON body already serialised (a String), so that the
     * replay sends the same bytes. Without a key it simply runs {@code write}.
     */
    public Response once(String caller, String key, String requestDescription, Supplier<Response> write) {
        String hash = ETags.ofText(requestDescription);
        Optional<Response> replayed = replay(caller, key, hash);
        if (replayed.isPresent()) {
            return replayed.get();
        }
        Response answer = write.get();
        if (key != null) {
            remember(caller, key, new Answer(hash, answer.getStatus(), String.valueOf(answer.getMediaType()),
                    (String) answer.getEntity()));
        }
        return answer;
    }

    public Optional<Answer> find(String caller, String key) {
        List<Tuple> rows = em.createNativeQuery("SELECT request_hash, status, media_type, body FROM idempotent_request"
                + " WHERE caller = ?1 AND idem_key = ?2", Tuple.class)
                .setParameter(1, caller).setParameter(2, key).getResultList();
        return rows.stream().findFirst().map(t -> new Answer(t.get(0, String.class), ((Number) t.get(1)).intValue(),
                t.get(2, String.class), t.get(3, String.class)));
    }

    public void remember(String caller, String key, Answer answer) {
        em.createNativeQuery("INSERT INTO idempotent_request (caller, idem_key, request_hash, status, media_type, body)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, answer.requestHash())
                .setParameter(4, answer.status()).setParameter(5, answer.mediaType()).setParameter(6, answer.body())
                .executeUpdate();
    }
}
