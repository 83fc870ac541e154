package vn.backan.congress.commons.rest.write;

import vn.backan.congress.commons.rest.store.ChangeFeed;

/**
 * One entity changed by a write, as {@link Writes#record} takes it: what it is, how the changes feed
 * shows it, and, when the change log keeps it, the action with the values before and after. Its
 * dataset follows from its kind, so recording a change always makes cached reads of it new.
 *
 * @param action the change log's word for it (CREATE, EDIT…), or null when the log does not keep it
 *               (the entity keeps its own revisions, or it changed only because another did)
 */
public record Change(EntityKind kind, String key, ChangeFeed.Action feed, String action, Object before,
        Object after) {

    /** A new entity, logged as CREATE with its first state. */
    public static Change created(EntityKind kind, Object key, Object after) {
        return new Change(kind, String.valueOf(key), ChangeFeed.Action.CREATED, "CREATE", null, after);
    }

    /** An entity changed by {@code action}, logged with its values before and after. */
    public static Change updated(EntityKind kind, Object key, String action, Object before, Object after) {
        return new Change(kind, String.valueOf(key), ChangeFeed.Action.UPDATED, action, before, after);
    }

    /** An entity withdrawn by {@code action}: it stays, logged, and the feed shows its tombstone. */
    public static Change withdrawn(EntityKind kind, Object key, String action, Object before, Object after) {
        return new Change(kind, String.valueOf(key), ChangeFeed.Action.WITHDRAWN, action, before, after);
    }

    /** In the feed only: the entity keeps its own history, or its representation changed because another did. */
    public static Change unlogged(EntityKind kind, Object key, ChangeFeed.Action feed) {
        return new Change(kind, String.valueOf(key), feed, null, null, null);
    }
}
