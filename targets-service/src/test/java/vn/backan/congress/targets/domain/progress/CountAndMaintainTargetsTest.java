package vn.backan.congress.targets.domain.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.backan.congress.targets.domain.progress.Fixtures.EVALUATOR;
import static vn.backan.congress.targets.domain.progress.Fixtures.TOLERANCE;
import static vn.backan.congress.targets.domain.progress.Fixtures.obs;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CUMULATIVE (linear) and MAINTAIN (level, tolerance, trend). */
class CountAndMaintainTargetsTest {

    private static final Target COMMUNES = Fixtures.cumulative("56");
    private static final Target FOREST_COVER = Fixtures.maintain("72.9", true);
    /** HLT-DOCTORS-PER-10000: keep above 17, strictly. */
    private static final Target DOCTORS = Fixtures.maintain("17", false);

    @Test
    void a_count_starting_at_zero_uses_the_linear_method() {
        Evaluation e = EVALUATOR.evaluate(COMMUNES, List.of(obs(2020, "0"), obs(2022, "10")), 2022);

        // R = ((10 − 0) / (56 − 0)) / (2 / 5) = 0.178571 / 0.4 = 0.4464 < 0.60
        assertEquals(Status.OFF_TRACK, e.status());
        assertEquals(0.4464, e.ratio(), TOLERANCE);
    }

    @Test
    void a_count_reaching_56_early_is_achieved() {
        Evaluation e = EVALUATOR.evaluate(COMMUNES, List.of(obs(2020, "20"), obs(2023, "56")), 2023);

        assertEquals(Status.ACHIEVED, e.status());
    }

    @Test
    void a_count_short_of_56_at_term_end_is_not_achieved() {
        Evaluation e = EVALUATOR.evaluate(COMMUNES, List.of(obs(2020, "20"), obs(2025, "55")), 2025);

        assertEquals(Status.NOT_ACHIEVED, e.status());
        // R = ((55 − 20) / 36) / (5 / 5) = 0.9722
        assertEquals(0.9722, e.ratio(), TOLERANCE);
    }

    @Test
    void slightly_below_the_level_is_at_risk() {
        Evaluation e = EVALUATOR.evaluate(FOREST_COVER, List.of(obs(2020, "73.0"), obs(2023, "72.5")), 2023);

        // floor = 72.9 × (1 − 0.01) = 72.171 ≤ 72.5 < 72.9
        assertEquals(Status.AT_RISK, e.status());
        assertNull(e.ratio());
    }

    @Test
    void below_the_tolerance_is_off_track() {
        Evaluation e = EVALUATOR.evaluate(FOREST_COVER, List.of(obs(2020, "73.0"), obs(2023, "72.0")), 2023);

        // 72.0 < floor 72.171
        assertEquals(Status.OFF_TRACK, e.status());
    }

    @Test
    void a_wider_tolerance_is_configuration() {
        Evaluation e = EVALUATOR.evaluate(FOREST_COVER, List.of(obs(2020, "73.0"), obs(2023, "72.0")), 2023,
                new Thresholds(0.95, 0.60, 0.02));

        // floor = 72.9 × 0.98 = 71.442 ≤ 72.0
        assertEquals(Status.AT_RISK, e.status());
    }

    @Test
    void above_the_level_but_falling_through_it_by_term_end_is_at_risk() {
        Evaluation e = EVALUATOR.evaluate(FOREST_COVER, List.of(obs(2020, "74.0"), obs(2023, "73.1")), 2023);

        // trend = (73.1 − 74.0) / 3 = −0.3 a year; 2025: 73.1 − 0.3 × 2 = 72.5 < 72.9
        assertEquals(Status.AT_RISK, e.status());
        assertEquals(-0.3, e.observedRate(), TOLERANCE);
        assertEquals("falling 0.300 a year, the level would be about 72.500 in 2025", e.reason().en());
        // Vietnamese writes the decimal comma.
        assertEquals("giảm 0,300 mỗi năm, đến năm 2025 mức sẽ còn khoảng 72,500", e.reason().vi());
    }

    @Test
    void above_the_level_and_falling_gently_is_on_track() {
        Evaluation e = EVALUATOR.evaluate(FOREST_COVER, List.of(obs(2020, "74.0"), obs(2023, "73.9")), 2023);

        // trend = −0.1 / 3 = −0.0333 a year; 2025: 73.9 − 0.0667 = 73.833 ≥ 72.9
        assertEquals(Status.ON_TRACK, e.status());
    }

    @Test
    void the_level_kept_in_the_final_year_is_achieved_and_lost_is_not() {
        List<Figure> kept = List.of(obs(2020, "72.9"), obs(2025, "72.95"));
        List<Figure> lost = List.of(obs(2020, "72.9"), obs(2025, "72.8"));

        assertEquals(Status.ACHIEVED, EVALUATOR.evaluate(FOREST_COVER, kept, 2025).status());
        assertEquals(Status.NOT_ACHIEVED, EVALUATOR.evaluate(FOREST_COVER, lost, 2025).status());
    }

    @Test
    void exactly_17_doctors_is_not_above_17() {
        Evaluation e = EVALUATOR.evaluate(DOCTORS, List.of(obs(2020, "17.5"), obs(2023, "17.0")), 2023);

        // 17.0 misses "> 17"; floor = 17 × 0.99 = 16.83 ≤ 17.0
        assertEquals(Status.AT_RISK, e.status());
    }

    @Test
    void a_maintained_level_met_with_a_single_figure_has_no_trend() {
        Evaluation e = EVALUATOR.evaluate(FOREST_COVER, List.of(obs(2022, "73.0")), 2022);

        assertEquals(Status.NO_DATA, e.status());
    }
}
