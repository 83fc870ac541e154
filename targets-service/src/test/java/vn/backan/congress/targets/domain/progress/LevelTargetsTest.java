package vn.backan.congress.targets.domain.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.backan.congress.targets.domain.progress.Fixtures.EVALUATOR;
import static vn.backan.congress.targets.domain.progress.Fixtures.TOLERANCE;
import static vn.backan.congress.targets.domain.progress.Fixtures.obs;
import static vn.backan.congress.targets.domain.progress.Fixtures.seriesBreak;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.backan.congress.targets.domain.Direction;
import vn.backan.congress.targets.domain.TargetKind;

/** AT_LEAST, AT_MOST and RANGE: the CAGR method, strict bounds, final verdicts and NO_DATA. */
class LevelTargetsTest {

    private static final Target REVENUE = Fixtures.atLeast("1100", true);
    /** ECO-GRDP-PER-CAPITA: "trên 62 triệu", strictly above 62. */
    private static final Target ABOVE_62 = Fixtures.atLeast("62", false);
    /** HLT-MALNUTRITION-U5: "dưới 17%", strictly below 17. */
    private static final Target UNDER_17 = Fixtures.atMost("17", false);

    @Test
    void exactly_62_is_not_above_62_so_the_trend_decides() {
        Evaluation e = EVALUATOR.evaluate(ABOVE_62, List.of(obs(2020, "50"), obs(2023, "62.0")), 2023);

        assertEquals(Status.ON_TRACK, e.status());
        // CAGR_o = 1.24^(1/3) − 1 = exp(0.215111/3) − 1 = 7.4337 %; CAGR_r = 1.24^(1/5) − 1 = exp(0.215111/5) − 1 = 4.3961 %
        // R = 7.4337 / 4.3961 = 1.6910
        assertEquals(1.6910, e.ratio(), TOLERANCE);
    }

    @Test
    void sixty_two_point_one_is_above_62_and_achieved() {
        Evaluation e = EVALUATOR.evaluate(ABOVE_62, List.of(obs(2020, "50"), obs(2023, "62.1")), 2023);

        assertEquals(Status.ACHIEVED, e.status());
    }

    @Test
    void exactly_62_at_term_end_is_not_achieved() {
        Evaluation e = EVALUATOR.evaluate(ABOVE_62, List.of(obs(2020, "50"), obs(2025, "62")), 2025);

        assertEquals(Status.NOT_ACHIEVED, e.status());
    }

    @Test
    void seventeen_is_not_under_17_so_the_falling_trend_decides() {
        Evaluation e = EVALUATOR.evaluate(UNDER_17, List.of(obs(2020, "20.0"), obs(2023, "17.0")), 2023);

        assertEquals(Status.ON_TRACK, e.status());
        // CAGR_o = 0.85^(1/3) − 1 = −5.2732 %; CAGR_r = 0.85^(1/5) − 1 = −3.1981 %
        // R = −1 × (−5.2732) / 3.1981 = 1.6488
        assertEquals(1.6488, e.ratio(), TOLERANCE);
    }

    @Test
    void sixteen_point_nine_is_under_17_and_achieved() {
        Evaluation e = EVALUATOR.evaluate(UNDER_17, List.of(obs(2020, "20.0"), obs(2023, "16.9")), 2023);

        assertEquals(Status.ACHIEVED, e.status());
    }

    @Test
    void seventeen_at_term_end_is_not_achieved() {
        Evaluation e = EVALUATOR.evaluate(UNDER_17, List.of(obs(2020, "20.0"), obs(2025, "17.0")), 2025);

        assertEquals(Status.NOT_ACHIEVED, e.status());
    }

    @Test
    void a_rate_that_must_fall_but_rises_has_negative_ratio_and_is_off_track() {
        Evaluation e = EVALUATOR.evaluate(UNDER_17, List.of(obs(2020, "20.0"), obs(2022, "21.0")), 2022);

        assertEquals(Status.OFF_TRACK, e.status());
        // CAGR_o = (21/20)^(1/2) − 1 = 1.024695 − 1 = 2.4695 %; R = −1 × 2.4695 / 3.1981 = −0.7722
        assertEquals(-0.7722, e.ratio(), TOLERANCE);
    }

    @Test
    void revenue_below_1100_at_term_end_is_not_achieved() {
        Evaluation e = EVALUATOR.evaluate(REVENUE, List.of(obs(2020, "600"), obs(2025, "1000")), 2025);

        assertEquals(Status.NOT_ACHIEVED, e.status());
    }

    @Test
    void term_over_without_a_final_figure_keeps_the_trend_status_and_says_why() {
        Evaluation e = EVALUATOR.evaluate(REVENUE, List.of(obs(2020, "600"), obs(2024, "1000")), 2025);

        // CAGR_o = (1000/600)^(1/4) − 1 = exp(0.510826/4) − 1 = 13.6219 %; R = 13.6219 / 12.8881 = 1.0569
        assertEquals(Status.ON_TRACK, e.status());
        assertEquals(1.0569, e.ratio(), TOLERANCE);
        assertTrue(e.reason().en().contains("2025"), e.reason().en());
        // A Vietnamese page says the same in Vietnamese, not in English.
        assertEquals("nhiệm kỳ đã kết thúc nhưng chưa có số liệu năm 2025; trạng thái là xu hướng đến nay",
                e.reason().vi());
    }

    @Test
    void figures_after_as_of_are_ignored() {
        Evaluation e = EVALUATOR.evaluate(REVENUE,
                List.of(obs(2020, "600"), obs(2022, "700"), obs(2023, "1200")), 2022);

        assertEquals(Status.AT_RISK, e.status()); // R = 0.6217 as in the worked example, not ACHIEVED by 1200
        assertEquals(2022, e.latest().year());
    }

    @Test
    void thresholds_are_configuration_and_are_echoed() {
        Thresholds lenient = new Thresholds(0.60, 0.30, 0.01);

        Evaluation e = EVALUATOR.evaluate(REVENUE, List.of(obs(2020, "600"), obs(2022, "700")), 2022, lenient);

        assertEquals(Status.ON_TRACK, e.status()); // R = 0.6217 ≥ 0.60
        assertEquals(lenient, e.thresholds());
    }

    @Test
    void range_above_its_bound_is_judged_against_the_near_bound() {
        Target agriShare = Fixtures.level(TargetKind.RANGE, Direction.NONE, "26.2", true, "26.2", true);

        Evaluation e = EVALUATOR.evaluate(agriShare, List.of(obs(2020, "30.0"), obs(2022, "28.0")), 2022);

        assertEquals(Status.ON_TRACK, e.status());
        assertEquals("LEVEL_RANGE", e.method());
        // near bound 26.2, d = −1. CAGR_o = (28/30)^(1/2) − 1 = 0.966092 − 1 = −3.3908 %
        // CAGR_r = (26.2/30)^(1/5) − 1 = exp(−0.135434/5) − 1 = −2.6724 %; R = 3.3908 / 2.6724 = 1.2688
        assertEquals(1.2688, e.ratio(), TOLERANCE);
    }

    @Test
    void range_hit_exactly_is_achieved() {
        Target agriShare = Fixtures.level(TargetKind.RANGE, Direction.NONE, "26.2", true, "26.2", true);

        Evaluation e = EVALUATOR.evaluate(agriShare, List.of(obs(2020, "30.0"), obs(2023, "26.2")), 2023);

        assertEquals(Status.ACHIEVED, e.status());
    }

    @Test
    void overshooting_a_growth_type_range_counts_as_met_but_not_a_neutral_one() {
        Target mobilisation = Fixtures.level(TargetKind.RANGE, Direction.INCREASE, "5.2", true, "5.3", true);
        Target neutral = Fixtures.level(TargetKind.RANGE, Direction.NONE, "5.2", true, "5.3", true);
        List<Figure> figures = List.of(obs(2020, "4.0"), obs(2022, "5.5"));

        assertEquals(Status.ACHIEVED, EVALUATOR.evaluate(mobilisation, figures, 2022).status());
        // neutral: 5.5 > 5.3, so the near bound is 5.3 with d = −1.
        // CAGR_o = (5.5/4.0)^(1/2) − 1 = sqrt(1.375) − 1 = 17.2604 %; CAGR_r = (5.3/4.0)^(1/5) − 1 = exp(0.281412/5) − 1 = 5.7897 %
        // R = −1 × 17.2604 / 5.7897 = −2.9812
        Evaluation e = EVALUATOR.evaluate(neutral, figures, 2022);
        assertEquals(Status.OFF_TRACK, e.status());
        assertEquals(-2.9812, e.ratio(), TOLERANCE);
    }

    @Test
    void no_figures_is_no_data() {
        Evaluation e = EVALUATOR.evaluate(REVENUE, List.of(), 2023);

        assertEquals(Status.NO_DATA, e.status());
        assertNull(e.ratio());
        assertTrue(e.reason() != null && !e.reason().en().isBlank() && !e.reason().vi().isBlank());
    }

    @Test
    void one_figure_is_no_data_because_a_trend_needs_two() {
        Evaluation e = EVALUATOR.evaluate(REVENUE, List.of(obs(2020, "600")), 2022);

        assertEquals(Status.NO_DATA, e.status());
        assertTrue(e.reason().en().contains("two figures"), e.reason().en());
        assertEquals("cần hai số liệu để xác định xu hướng; mới có số liệu năm 2020", e.reason().vi());
    }

    @Test
    void zero_baseline_is_no_data_for_cagr() {
        Evaluation e = EVALUATOR.evaluate(Fixtures.atLeast("100", true),
                List.of(obs(2020, "0"), obs(2022, "50")), 2022);

        assertEquals(Status.NO_DATA, e.status());
        assertTrue(e.reason().en().contains("zero"), e.reason().en());
    }

    @Test
    void baseline_and_latest_of_opposite_signs_is_no_data() {
        Evaluation e = EVALUATOR.evaluate(Fixtures.atLeast("5", true),
                List.of(obs(2020, "-2"), obs(2022, "3")), 2022);

        assertEquals(Status.NO_DATA, e.status());
        assertTrue(e.reason().en().contains("opposite signs"), e.reason().en());
    }

    @Test
    void a_series_break_restarts_the_baseline_of_a_level() {
        // 2020 600 on the old basis; 2021 800 on a new basis; 2023 900 (latest).
        Evaluation e = EVALUATOR.evaluate(REVENUE,
                List.of(obs(2020, "600"), seriesBreak(2021, "800"), obs(2023, "900")), 2023);

        assertEquals(2021, e.baseline().year());
        // CAGR_o = (900/800)^(1/2) − 1 = sqrt(1.125) − 1 = 1.060660 − 1 = 6.0660 %
        // CAGR_r = (1100/800)^(1/4) − 1 = 1.375^(1/4) − 1 = sqrt(1.172604) − 1 = 1.082868 − 1 = 8.2868 %;
        // R = 6.0660 / 8.2868 = 0.7320
        assertEquals(0.7320, e.ratio(), TOLERANCE);
        assertEquals(Status.AT_RISK, e.status());
    }

    @Test
    void a_series_break_in_the_latest_year_leaves_no_trend() {
        Evaluation e = EVALUATOR.evaluate(REVENUE,
                List.of(obs(2020, "600"), obs(2021, "650"), seriesBreak(2022, "800")), 2022);

        assertEquals(Status.NO_DATA, e.status());
        assertTrue(e.reason().en().contains("series break"), e.reason().en());
    }
}
