package vn.backan.congress.targets.domain.reporting;

/** A figure's published source as an import row gave it, every field still text (or null). */
public record CitationText(String url, String title, String publisher, String publishedOn, String quote) {

    public static final CitationText NONE = new CitationText(null, null, null, null, null);
}
