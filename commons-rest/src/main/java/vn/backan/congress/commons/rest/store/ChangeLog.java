package vn.backan.congress.commons.rest.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.List;

/**
 * The change_log table every service's V1 migration creates: who changed what, when, under which
 * request, before and after. A plain class over the service's EntityManager.
 */
public class ChangeLog {

    public record Entry(Instant occurredAt, String actor, String requestId, String action, String oldValues,
            String newValues) {
    }

    private final EntityManager em;
    private final ObjectMapper mapper;

    public ChangeLog(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    public void record(String entityType, String entityKey, String action, String actor, String requestId,
            Object oldValues, Object newValues) {
        em.createNativeQuery("INSERT INTO change_log (actor, request_id, entity_type, entity_key, action, old_values,"
                + " new_values) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, actor).setParameter(2, requestId == null ? "" : requestId)
                .setParameter(3, entityType).setParameter(4, entityKey).setParameter(5, action)
                .setParameter(6, json(oldValues)).setParameter(7, json(newValues)).executeUpdate();
    }

    public List<Entry> of(String entityType, String entityKey) {
        List<Tuple> rows = em.createNativeQuery("SELECT occurred_at, actor, request_id, action, old_values, new_values"
                + " FROM change_log WHERE entity_type = ?1 AND entity_key = ?2 ORDER BY id", Tuple.class)
                .setParameter(1, entityType).setParameter(2, entityKey).getResultList();
        return rows.stream().map(t -> new Entry(toInstant(t.get(0)), (String) t.get(1), (String) t.get(2),
                (String) t.get(3), (String) t.get(4), (String) t.get(5))).toList();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof java.time.LocalDateTime ldt) {
            return ldt.atZone(java.time.ZoneId.systemDefault()).toInstant();
        }
        return value instanceof Instant i ? i : null;
    }

    private String json(Object value) {
        try {
            return value == null ? null : mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
