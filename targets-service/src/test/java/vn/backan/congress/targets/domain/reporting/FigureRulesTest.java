package vn.backan.congress.targets.domain.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FigureRulesTest {

    @Test
    void aMilestoneIsReportedAsOneOrZero() {
        assertNull(FigureRules.notAFlag(new BigDecimal("0")));
        assertNull(FigureRules.notAFlag(new BigDecimal("1")));
        assertNull(FigureRules.notAFlag(new BigDecimal("1.000")), "1.000 is the number 1");
        assertEquals("a milestone is reported as 1 (done) or 0 (not yet), not 2",
                FigureRules.notAFlag(new BigDecimal("2")));
        assertEquals("a milestone is reported as 1 (done) or 0 (not yet), not 0.5",
                FigureRules.notAFlag(new BigDecimal("0.5")));
    }

    @Test
    void sharesStayWithinNoughtAndAHundred() {
        assertNull(FigureRules.outOfRange("percent", new BigDecimal("0")));
        assertNull(FigureRules.outOfRange("percent_of_grdp", new BigDecimal("100")));
        assertEquals("a percentage must be between 0 and 100, not 100.01",
                FigureRules.outOfRange("percent_of_population", new BigDecimal("100.01")));
        assertEquals("a percentage must be between 0 and 100, not -0.1",
                FigureRules.outOfRange("percent", new BigDecimal("-0.1")));
    }

    @Test
    void ratesOfChangeMayFallButCountsMayNot() {
        assertNull(FigureRules.outOfRange("percent_per_year", new BigDecimal("-3.2")), "a shrinking sector");
        assertNull(FigureRules.outOfRange("points_per_year", new BigDecimal("-1")));
        assertNull(FigureRules.outOfRange("percent_per_year", new BigDecimal("250")), "a rate has no upper bound");
        assertEquals("a count or amount (communes) cannot be negative: -1",
                FigureRules.outOfRange("communes", new BigDecimal("-1")));
        assertNull(FigureRules.outOfRange("million_vnd", new BigDecimal("62.5")));
    }
}
