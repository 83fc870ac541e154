package vn.backan.congress.commons.rest.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The change_feed table: which entity changed, how, and when, in commit order, for mirrors. A write
 * records its changes in its own transaction; their places come from one counter row whose lock the
 * write holds until it commits, so a reader that has seen place n has seen every change committed
 * before it, and the next place it sees is a later commit. Writes to one service are serialised on
 * that row, a price this small, rarely written system pays for mirrors that never miss a change.
 */
public class ChangeFeed {

    public enum Action { CREATED, UPDATED, WITHDRAWN }

    public record Entry(long place, Instant at, String entityType, String entityKey, Action action) {
    }

    private final EntityManager em;

    public ChangeFeed(EntityManager em) {
        this.em = em;
    }

    /** Records the changes of one write, in the order given; must run inside the write's transaction. */
    public void record(String entityType, List<String> keys, Action action, Instant at) {
        if (keys.isEmpty()) {
            return;
        }
        em.createNativeQuery("UPDATE change_feed_clock SET place = place + ?1 WHERE id = 1")
                .setParameter(1, keys.size()).executeUpdate();
        long last = ((Number) em.createNativeQuery("SELECT place FROM change_feed_clock WHERE id = 1")
                .getSingleResult()).longValue();
        long place = last - keys.size();
        for (String key : keys) {
            em.createNativeQuery("INSERT INTO change_feed (place, occurred_at, entity_type, entity_key, action)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5)").setParameter(1, ++place).setParameter(2, Timestamp.from(at))
                    .setParameter(3, entityType).setParameter(4, key).setParameter(5, action.name()).executeUpdate();
        }
    }

    /**
     * Gives the feed its start: what a service already held before its feed existed (seeded rows,
     * or a database made before this feed) goes in first, in the order given, so a mirror that
     * replays the feed from its beginning misses nothing. Runs once: the counter row is locked and
     * read first, and a feed that has any place already is left as it is (another replica seeded it).
     */
    public boolean seedIfEmpty(List<Seed> existing, Instant at) {
        long place = ((Number) em.createNativeQuery("SELECT place FROM change_feed_clock WHERE id = 1 FOR UPDATE")
                .getSingleResult()).longValue();
        if (place > 0) {
            return false;
        }
        for (Seed seed : existing) {
            record(seed.entityType(), List.of(seed.key()), seed.action(), at);
        }
        return true;
    }

    /** One entity a service held before its feed existed, and how the feed introduces it. */
    public record Seed(String entityType, String key, Action action) {

        /** Most of what a service held is introduced as created. */
        public static Seed created(String entityType, String key) {
            return new Seed(entityType, key, Action.CREATED);
        }
    }

    /** Up to {@code limit} entries after {@code place}, oldest first. */
    public List<Entry> after(long place, int limit) {
        List<Tuple> rows = em.createNativeQuery("SELECT place, occurred_at, entity_type, entity_key, action"
                + " FROM change_feed WHERE place > ?1 ORDER BY place LIMIT ?2", Tuple.class)
                .setParameter(1, place).setParameter(2, limit).getResultList();
        return rows.stream().map(t -> new Entry(((Number) t.get(0)).longValue(), instant(t.get(1)), (String) t.get(2),
                (String) t.get(3), Action.valueOf((String) t.get(4)))).toList();
    }

    /**
     * The keys of the entities of one type that changed at or after {@code since}: for lists whose
     * entities carry no time of their own (reference data seeded by migration), the feed is the
     * record of when each last changed; what a service held before its feed began counts as
     * changed when the feed was given its start.
     */
    public Set<String> changedSince(String entityType, Instant since) {
        List<?> keys = em.createNativeQuery("SELECT entity_key FROM change_feed WHERE entity_type = ?1"
                + " AND occurred_at >= ?2").setParameter(1, entityType).setParameter(2, Timestamp.from(since))
                .getResultList();
        // A set in Java, not DISTINCT in SQL: the column's collation would fold keys differing only in case.
        return keys.stream().map(String.class::cast).collect(Collectors.toUnmodifiableSet());
    }

    /** The last place given so far; 0 before the first change. */
    public long last() {
        return ((Number) em.createNativeQuery("SELECT place FROM change_feed_clock WHERE id = 1").getSingleResult())
                .longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof java.time.LocalDateTime ldt) {
            return ldt.atZone(java.time.ZoneId.systemDefault()).toInstant();
        }
        return (Instant) value;
    }
}
