package vn.backan.congress.programs.service;

import vn.backan.congress.commons.rest.write.EntityKind;

/** What this service publishes, as the change log and the changes feed name it: all of it is the plan. */
public enum PublishedEntities implements EntityKind {

    PROGRAM("program"),
    DECLARED_COUNT("declared-count"),
    TASK("task"),
    SOLUTION("solution"),
    UPDATE("update");

    private final String type;

    PublishedEntities(String type) {
        this.type = type;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public String dataset() {
        return Datasets.PLAN;
    }
}
