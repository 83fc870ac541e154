package vn.backan.congress.commons.rest.write;

/**
 * A kind of entity a service publishes: its name in the change log and the changes feed, and the
 * dataset (a name in {@code congress.cache.datasets}) whose cached reads it appears in. Each service
 * lists its kinds in one enum, so a write names what changed and its dataset follows.
 */
public interface EntityKind {

    /** The entity type in the change log and the feed, e.g. {@code solution}. */
    String type();

    /** The dataset whose version a change of this kind moves on. */
    String dataset();
}
