package vn.backan.congress.targets.domain.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.backan.congress.targets.domain.progress.Fixtures.EVALUATOR;
import static vn.backan.congress.targets.domain.progress.Fixtures.TOLERANCE;
import static vn.backan.congress.targets.domain.progress.Fixtures.obs;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.backan.congress.targets.domain.AverageBasis;
import vn.backan.congress.targets.domain.Direction;
import vn.backan.congress.targets.domain.Qualifier;
import vn.backan.congress.targets.domain.Quality;

/** Figures stated as bounds: counted only where they alone show a level target met, never read as exact. */
class BoundFiguresTest {

    /** BUD-REVENUE: at least 1,100 billion VND by 2025. */
    private static final Target REVENUE = Fixtures.atLeast("1100", true);
    /** ECO-GRDP-PER-CAPITA: "trên 62", strictly above 62. */
    private static final Target ABOVE_62 = Fixtures.atLeast("62", false);
    /** HLT-MALNUTRITION-U5: "dưới 17%". */
    private static final Target UNDER_17 = Fixtures.atMost("17", false);

    private static Figure bound(int year, String value, Qualifier qualifier) {
        return new Figure(year, new BigDecimal(value), Quality.FINAL, qualifier);
    }

    @Test
    void aLowerBoundOverAnAtLeastTargetIsAchieved() {
        Evaluation e = EVALUATOR.evaluate(REVENUE, List.of(obs(2020, "700"), bound(2024, "1150", Qualifier.ABOVE)), 2024);

        assertEquals(Status.ACHIEVED, e.status());
        assertEquals(2024, e.latest().year());
        assertEquals(Qualifier.ABOVE, e.latest().qualifier());
        assertTrue(e.reason().en().contains("more than 1150"), e.reason().en());
        assertTrue(e.reason().vi().contains("trên 1.150"), e.reason().vi());
    }

    @Test
    void moreThan62MeetsAStrictTargetOf62ThoughExactly62WouldNot() {
        assertEquals(Status.ACHIEVED, EVALUATOR.evaluate(ABOVE_62,
                List.of(obs(2020, "40"), bound(2023, "62", Qualifier.ABOVE)), 2023).status());
        // AT_LEAST 62 admits 62 itself, which is not above 62: the bound does not settle it.
        Evaluation atLeast = EVALUATOR.evaluate(ABOVE_62,
                List.of(obs(2020, "40"), obs(2022, "50"), bound(2023, "62", Qualifier.AT_LEAST)), 2023);
        assertEquals(2022, atLeast.latest().year());
    }

    @Test
    void aLowerBoundUnderTheTargetIsNotAMissTheExactFiguresDecide() {
        // 2023 "hơn 900" is set aside; the trend is 700 (2020) to 855 (2022):
        // CAGR_o = (855/700)^(1/2) − 1 = 1.221429^0.5 − 1 = 10.5183 %; CAGR_r = (1100/700)^(1/5) − 1 = 1.571429^0.2 − 1
        // = exp(0.451985/5) − 1 = 9.4613 %; R = 10.5183 / 9.4613 = 1.1117
        Evaluation e = EVALUATOR.evaluate(REVENUE, List.of(obs(2020, "700"), obs(2022, "855"),
                bound(2023, "900", Qualifier.ABOVE)), 2023);

        assertEquals(Status.ON_TRACK, e.status());
        assertEquals(2022, e.latest().year());
        assertEquals(1.1117, e.ratio(), TOLERANCE);
        assertTrue(e.reason().en().contains("not read as exact values: 2023 (more than 900)"), e.reason().en());
    }

    @Test
    void aBoundAloneIsNoData() {
        Evaluation e = EVALUATOR.evaluate(REVENUE, List.of(bound(2023, "900", Qualifier.ABOVE)), 2023);

        assertEquals(Status.NO_DATA, e.status());
        assertNull(e.latest());
        assertTrue(e.reason().en().contains("2023 (more than 900)"), e.reason().en());
    }

    @Test
    void aLaterExactFigureOutranksAnEarlierBound() {
        Evaluation e = EVALUATOR.evaluate(REVENUE, List.of(obs(2020, "700"), bound(2022, "1150", Qualifier.ABOVE),
                obs(2023, "1000")), 2023);

        assertEquals(2023, e.latest().year());
        assertTrue(e.status() != Status.ACHIEVED, "1,000 in 2023 is under 1,100 whatever 2022 said");
    }

    @Test
    void anUpperBoundMeetsAnAtMostTargetAndALowerBoundNever() {
        assertEquals(Status.ACHIEVED, EVALUATOR.evaluate(UNDER_17,
                List.of(obs(2020, "20"), bound(2023, "15", Qualifier.BELOW)), 2023).status());
        assertEquals(Status.ACHIEVED, EVALUATOR.evaluate(UNDER_17,
                List.of(obs(2020, "20"), bound(2023, "17", Qualifier.BELOW)), 2023).status());
        Evaluation above = EVALUATOR.evaluate(UNDER_17,
                List.of(obs(2020, "20"), obs(2022, "18"), bound(2023, "12", Qualifier.ABOVE)), 2023);
        assertEquals(2022, above.latest().year(), "more than 12 may be 18 again: it settles nothing");
    }

    @Test
    void aBoundIsNeverAnAverageGrowthFigure() {
        Target growth = Fixtures.average(AverageBasis.GROWTH_RATE, Direction.INCREASE, "7", null);
        // Mean of the exact figures 6 and 8 is 7; the 2023 "trên 3" is not averaged in as a 3.
        Evaluation e = EVALUATOR.evaluate(growth, List.of(obs(2021, "6"), obs(2022, "8"),
                bound(2023, "3", Qualifier.ABOVE)), 2023);

        assertEquals(7.0, e.observedRate(), TOLERANCE);
        assertEquals(2022, e.latest().year());
    }
}
