package vn.backan.congress.programs.client;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashSet;
import java.util.Set;

/**
 * The references targets-service confirmed during this request. A write checks them before its
 * transaction opens; the same checks inside the transaction then find them here and ask nothing.
 */
@RequestScoped
public class CheckedReferences {

    private final Set<String> known = new HashSet<>();

    boolean isKnown(TargetsLookup.Kind kind, String code) {
        return known.contains(kind.name() + ':' + code);
    }

    void add(TargetsLookup.Kind kind, String code) {
        known.add(kind.name() + ':' + code);
    }
}
