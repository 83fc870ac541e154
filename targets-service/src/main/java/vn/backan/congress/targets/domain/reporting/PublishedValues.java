package vn.backan.congress.targets.domain.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.backan.congress.targets.domain.OtherValue;

/**
 * Several rows of one import naming the same figure. When each names its published page they are
 * the values the pages published, and the source rule ({@link SourcePreference}) chooses the
 * figure, the others kept beside it; otherwise a second row is a mistake, refused as a duplicate.
 */
final class PublishedValues {

    /** The figure to keep (null when none can be), and why each refused row was refused, by row. */
    record Outcome(ValidFigure figure, Map<Integer, Refusal> refused) {
    }

    record Refusal(Conflict.Code code, String message) {
    }

    private PublishedValues() {
    }

    static Outcome settle(List<ValidFigure> sameFigure) {
        ValidFigure first = sameFigure.get(0);
        Map<Integer, Refusal> refused = new LinkedHashMap<>();
        if (sameFigure.size() == 1) {
            return new Outcome(first, refused);
        }
        if (sameFigure.stream().anyMatch(f -> f.citation() == null)) {
            sameFigure.subList(1, sameFigure.size()).forEach(f -> refused.put(f.row(), new Refusal(
                    Conflict.Code.DUPLICATE_ROW, "the same indicator, org unit and year as row " + first.row()
                            + "; send each figure once, or, for values published by different pages, name each"
                            + " one's page (source_url)")));
            return new Outcome(first, refused);
        }
        SourcePreference.Choice<ValidFigure> choice = SourcePreference.choose(sameFigure.stream()
                .map(f -> new SourcePreference.Candidate<>(f, f.value(), f.qualifier(), f.quality(), f.citation()))
                .toList());
        if (choice.isAmbiguous()) {
            String rows = choice.tied().stream().map(c -> "row " + c.item().row() + " (" + c.item().value().toPlainString()
                    + ")").collect(Collectors.joining(", "));
            choice.tied().forEach(c -> refused.put(c.item().row(), new Refusal(Conflict.Code.UNDECIDED_VALUES,
                    rows + " publish different values for the same figure, and the source rule (dated, later, more"
                            + " final, more official) ranks them the same; send the one to use, or date their pages")));
            return new Outcome(null, refused);
        }
        List<OtherValue> others = choice.others().stream().map(n -> {
            ValidFigure f = n.candidate().item();
            return new OtherValue(f.value(), f.qualifier(), f.quality(), f.comment(), f.citation(), n.because());
        }).toList();
        return new Outcome(choice.chosen().item().withOthers(others), refused);
    }
}
