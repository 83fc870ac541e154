package vn.backan.congress.commons.web;

import java.util.Set;

/**
 * Keeps a {@code method} metrics tag bounded. HTTP lets a client send any token as its method, and
 * every meter tagged with it would otherwise start a new time series per invented method.
 */
public final class MethodTags {

    private static final Set<String> KNOWN = Set.of("GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE");

    private MethodTags() {
    }

    /** The method itself when it is one the API uses, else {@code OTHER}. */
    public static String of(String method) {
        return KNOWN.contains(method) ? method : "OTHER";
    }
}
