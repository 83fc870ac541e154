package vn.backan.congress.targets.service;

import vn.backan.congress.commons.rest.write.EntityKind;

/** What this service publishes, as the change log and the changes feed name it, each in its dataset. */
public enum PublishedEntities implements EntityKind {

    INDICATOR("indicator", Datasets.INDICATORS),
    FIGURE("observation", Datasets.FIGURES);

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
}
