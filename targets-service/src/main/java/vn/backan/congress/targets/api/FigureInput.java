package vn.backan.congress.targets.api;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.backan.congress.commons.text.Codes;
import vn.backan.congress.targets.domain.Qualifier;
import vn.backan.congress.targets.domain.Quality;

/**
 * One figure of a JSON import, as the contract shows it. The import reads the body itself
 * ({@link FigureParsing}) so that a bad row is reported with its number instead of failing the
 * whole request; this record only names the fields and the bounds that reading enforces. Several
 * figures for the same indicator, org unit and year are the values different pages published:
 * each must name its page, and the source rule chooses one, keeping the others beside it.
 */
@Schema(name = "FigureInput", description = "One figure to import: one indicator, one org unit, one year")
public record FigureInput(
        @Schema(required = true, pattern = Codes.CODE, maxLength = 64, examples = "ECO-GRDP-PER-CAPITA") String indicator,
        @Schema(required = true, pattern = Codes.CODE, maxLength = 64, examples = "061") String orgUnit,
        @Schema(required = true, minimum = "2020", maximum = "2025", description = "2020 is the baseline") int year,
        @Schema(required = true, description = "In the indicator's unit (percent numbers for rates); at most 4 decimals"
                + " and 16 integer digits; a milestone takes 1 (done) or 0", examples = "46.3") BigDecimal value,
        @Schema(description = "EXACT when left out; a bound when the source words it so: \"trên 562\" is ABOVE 562,"
                + " \"ít nhất 30\" AT_LEAST 30, \"dưới 5\" BELOW 5, \"không quá 5\" AT_MOST 5") Qualifier qualifier,
        @Schema(description = "FINAL when left out") Quality quality,
        @Schema(maxLength = 300, description = "Where the figure comes from (a document, a URL)") String source,
        @Schema(maxLength = 1000, description = "Notes on the figure (definitions, a source it disagrees with)") String comment,
        @Schema(description = "The published page the figure comes from; url is required when any field is given")
        CitationInput citation) {

    /** Where a figure was published: a figure from a public source carries the page and the sentence that states it. */
    @Schema(name = "CitationInput")
    public record CitationInput(
            @Schema(required = true, maxLength = 500, format = "uri", description = "An http or https address",
                    examples = "https://baobackan.vn/post2305") String url,
            @Schema(maxLength = 300, description = "The page's title as published") String title,
            @Schema(maxLength = 200, examples = "Báo Bắc Kạn") String publisher,
            @Schema(maxLength = 10, pattern = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$", description = "The page's date, as"
                    + " precise as the page gives it: 2023, 2023-11 or 2023-11-05", examples = "2022-01-05") String publishedOn,
            @Schema(maxLength = 2000, description = "The sentence that states the figure, verbatim") String quote) {
    }
}
