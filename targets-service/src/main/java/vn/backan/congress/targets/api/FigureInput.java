package vn.backan.congress.targets.api;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.backan.congress.commons.text.Codes;
import vn.backan.congress.targets.domain.Quality;

/**
 * One figure of a JSON import, as the contract shows it. The import reads the body itself
 * ({@link FigureParsing}) so that a bad row is reported with its number instead of failing the
 * whole request; this record only names the fields and the bounds that reading enforces.
 */
@Schema(name = "FigureInput", description = "One figure to import: one indicator, one org unit, one year")
public record FigureInput(
        @Schema(required = true, pattern = Codes.CODE, maxLength = 64, examples = "ECO-GRDP-PER-CAPITA") String indicator,
        @Schema(required = true, pattern = Codes.CODE, maxLength = 64, examples = "061") String orgUnit,
        @Schema(required = true, minimum = "2020", maximum = "2025", description = "2020 is the baseline") int year,
        @Schema(required = true, description = "In the indicator's unit (percent numbers for rates); at most 4 decimals"
                + " and 16 integer digits; a milestone takes 1 (done) or 0", examples = "46.3") BigDecimal value,
        @Schema(description = "FINAL when left out") Quality quality,
        @Schema(maxLength = 300, description = "Where the figure comes from (a document, a URL)") String source,
        @Schema(maxLength = 1000) String comment) {
}
