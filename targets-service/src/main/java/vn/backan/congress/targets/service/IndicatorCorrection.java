package vn.backan.congress.targets.service;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * An admin's correction of an indicator's wording or bounds. Fields left out keep their value; a
 * reason is required so the history explains itself. The source sentence cannot be changed: it is
 * the document's.
 */
public record IndicatorCorrection(
        @Size(max = 300) String nameVi,
        @Size(max = 300) String nameEn,
        @Size(max = 60) String unitVi,
        @Size(max = 60) String unitEn,
        @Digits(integer = 14, fraction = 4, message = DIGITS) BigDecimal lower,
        Boolean lowerInclusive,
        @Digits(integer = 14, fraction = 4, message = DIGITS) BigDecimal upper,
        Boolean upperInclusive,
        @NotBlank @Size(max = 500) String reason) {

    /** What DECIMAL(18,4) holds; anything finer or larger would be stored rounded or refused by the database. */
    static final String DIGITS = "must have at most 14 digits before the decimal point and 4 after";
}
