package vn.backan.congress.targets.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Optional;

/** The stored answers to POSTs sent with an {@code Idempotency-Key}, per caller. */
@ApplicationScoped
public class IdempotentRequests {

    public record Answer(String requestHash, int status, String mediaType, String body) {
    }

    @Inject
    EntityManager em;

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
