package vn.backan.congress.elections.service;

import vn.backan.congress.commons.rest.write.EntityKind;

/** What this service publishes, as the change log and the changes feed name it, each in its dataset. */
public enum PublishedEntities implements EntityKind {

    CONGRESS("congress", Datasets.CONGRESS),
    BODY("body", Datasets.CONGRESS),
    POST("post", Datasets.CONGRESS),
    PERSON("person", Datasets.CONGRESS),
    MEMBERSHIP("membership", Datasets.CONGRESS),
    CONTEST("contest", Datasets.CONTESTS);

    private final String type;
    private final String dataset;

    PublishedEntities(String type, String dataset) {
        this.type = type;
        this.dataset = dataset;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public String dataset() {
        return dataset;
    }

    /** The kind the changes feed names {@code type}. */
    public static PublishedEntities ofType(String type) {
        for (PublishedEntities kind : values()) {
            if (kind.type.equals(type)) {
                return kind;
            }
        }
        throw new IllegalStateException("The feed names an entity type this service does not have: " + type);
    }
}
