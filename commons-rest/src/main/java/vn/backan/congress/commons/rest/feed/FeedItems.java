package vn.backan.congress.commons.rest.feed;

/** What a service's feed shows for an entity it names: the entity as it is now. */
public interface FeedItems {

    /** The entity now: its representation, or, when it was withdrawn, its tombstone (exactly one is set). */
    record Current(Object item, Object tombstone) {

        public static Current item(Object item) {
            return new Current(item, null);
        }

        public static Current tombstone(Object tombstone) {
            return new Current(null, tombstone);
        }
    }

    Current current(String entityType, String key);
}
