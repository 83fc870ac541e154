package vn.backan.congress.targets.domain.reporting;

/**
 * One row of an import as the client sent it, every field still text, with the line (CSV) or
 * position (JSON, from 1) it came from so the report can point at it.
 */
public record FigureRow(int row, String indicator, String orgUnit, String year, String value, String qualifier,
        String quality, String source, String comment, CitationText citation) {

    public FigureRow {
        citation = citation == null ? CitationText.NONE : citation;
    }

    public FigureRow(int row, String indicator, String orgUnit, String year, String value, String quality,
            String source, String comment) {
        this(row, indicator, orgUnit, year, value, null, quality, source, comment, CitationText.NONE);
    }
}
