package vn.backan.congress.commons.rest.params;

/** A path, query or header parameter that is not of its documented form: a 400 naming it. */
public class InvalidParameter extends IllegalArgumentException {

    private final String name;

    public InvalidParameter(String name, String reason) {
        super(name + " " + reason);
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** What is wrong with it, without its name. */
    public String reason() {
        return getMessage().substring(name.length() + 1);
    }
}
