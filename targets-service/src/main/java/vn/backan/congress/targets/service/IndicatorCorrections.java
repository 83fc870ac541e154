package vn.backan.congress.targets.service;

import java.math.BigDecimal;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.text.VietnameseText;
import vn.backan.congress.targets.domain.Indicator;

/** Applies a correction and refuses one that would leave the target inconsistent (422). */
final class IndicatorCorrections {

    private IndicatorCorrections() {
    }

    static void apply(Indicator i, IndicatorCorrection c) {
        boolean touchesBounds = c.lower() != null || c.upper() != null || c.lowerInclusive() != null
                || c.upperInclusive() != null;
        if (touchesBounds && !i.targetKind.isNumeric()) {
            throw unprocessable(i.code + " is a " + i.targetKind + " target: it has no bounds to correct.");
        }
        BigDecimal lower = c.lower() != null ? c.lower() : i.lowerBound;
        BigDecimal upper = c.upper() != null ? c.upper() : i.upperBound;
        Boolean lowerInclusive = c.lowerInclusive() != null ? c.lowerInclusive() : i.lowerInclusive;
        Boolean upperInclusive = c.upperInclusive() != null ? c.upperInclusive() : i.upperInclusive;
        if ((lower == null) != (lowerInclusive == null) || (upper == null) != (upperInclusive == null)) {
            throw unprocessable("A bound needs its inclusive flag and a flag needs its bound (lower with lowerInclusive, upper with upperInclusive).");
        }
        if (lower != null && upper != null && lower.compareTo(upper) > 0) {
            throw unprocessable("lower (" + lower.toPlainString() + ") may not exceed upper (" + upper.toPlainString() + ").");
        }
        i.lowerBound = lower;
        i.upperBound = upper;
        i.lowerInclusive = lowerInclusive;
        i.upperInclusive = upperInclusive;
        if (c.nameVi() != null) {
            i.nameVi = VietnameseText.nfc(c.nameVi().trim());
        }
        if (c.nameEn() != null) {
            i.nameEn = c.nameEn().trim();
        }
        if (c.unitVi() != null) {
            i.unitVi = VietnameseText.nfc(c.unitVi().trim());
        }
        if (c.unitEn() != null) {
            i.unitEn = c.unitEn().trim();
        }
    }

    private static ProblemException unprocessable(String detail) {
        return ProblemException.of(ProblemType.UNPROCESSABLE, 422, detail);
    }
}
