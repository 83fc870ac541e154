package vn.backan.congress.targets.api;

import vn.backan.congress.targets.service.IndicatorView;

import java.util.function.Predicate;
import vn.backan.congress.commons.text.VietnameseText;
import vn.backan.congress.targets.domain.Domain;
import vn.backan.congress.targets.domain.TargetKind;

/** The list filters; {@code q} matches the code or either name, ignoring case and diacritics. */
record IndicatorFilter(Domain domain, TargetKind kind, String parent, String q) implements Predicate<IndicatorView> {

    @Override
    public boolean test(IndicatorView i) {
        return (domain == null || i.domain() == domain)
                && (kind == null || i.target().kind() == kind)
                && (parent == null || parent.equals(i.parentCode()))
                && (q == null || q.isBlank() || VietnameseText.foldedContains(i.code(), q)
                        || VietnameseText.foldedContains(i.name().vi(), q)
                        || VietnameseText.foldedContains(i.name().en(), q));
    }
}
