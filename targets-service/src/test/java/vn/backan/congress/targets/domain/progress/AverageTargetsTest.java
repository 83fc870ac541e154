package vn.backan.congress.targets.domain.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.backan.congress.targets.domain.progress.Fixtures.EVALUATOR;
import static vn.backan.congress.targets.domain.progress.Fixtures.TOLERANCE;
import static vn.backan.congress.targets.domain.progress.Fixtures.obs;
import static vn.backan.congress.targets.domain.progress.Fixtures.seriesBreak;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.backan.congress.targets.domain.AverageBasis;
import vn.backan.congress.targets.domain.Direction;

/** AVERAGE targets: mean growth, mean change in points, mean yearly amount. */
class AverageTargetsTest {

    private static final Target GROWTH = Fixtures.average(AverageBasis.GROWTH_RATE, Direction.INCREASE, "6.5", "7.0");
    private static final Target POVERTY = Fixtures.average(AverageBasis.ANNUAL_CHANGE, Direction.DECREASE, "2", "2.5");
    private static final Target PLANTING = Fixtures.average(AverageBasis.ANNUAL_VALUE, Direction.INCREASE, "3500", null);

    @Test
    void one_year_of_growth_above_the_bound_is_on_track_not_achieved_before_the_end() {
        Evaluation e = EVALUATOR.evaluate(GROWTH, List.of(obs(2021, "8.0")), 2021);

        assertEquals(Status.ON_TRACK, e.status());
        // ḡ = 8.0 (one year); R = 8.0 / 6.5 = 1.2308
        assertEquals(1.2308, e.ratio(), TOLERANCE);
        // still needed = (1.065^5 / 1.08)^(1/4) − 1 = (1.370087 / 1.08)^(1/4) − 1 = 1.268599^(1/4) − 1 = 6.1283 %
        assertEquals(6.1283, e.requiredRate(), TOLERANCE);
    }

    @Test
    void five_years_at_exactly_the_bound_is_achieved() {
        List<Figure> years = List.of(obs(2021, "6.5"), obs(2022, "6.5"), obs(2023, "6.5"),
                obs(2024, "6.5"), obs(2025, "6.5"));

        Evaluation e = EVALUATOR.evaluate(GROWTH, years, 2025);

        // ḡ = (1.065^5)^(1/5) − 1 = 6.5 % ≥ 6.5 (inclusive); rounding in the fifth root must not make it 6.4999…
        assertEquals(Status.ACHIEVED, e.status());
        assertEquals(6.5, e.observedRate(), TOLERANCE);
        assertNull(e.requiredRate());
    }

    @Test
    void five_years_averaging_below_the_bound_is_not_achieved() {
        List<Figure> years = List.of(obs(2021, "6.0"), obs(2022, "6.0"), obs(2023, "6.0"),
                obs(2024, "6.0"), obs(2025, "7.0"));

        Evaluation e = EVALUATOR.evaluate(GROWTH, years, 2025);

        assertEquals(Status.NOT_ACHIEVED, e.status());
        // ḡ = (1.06^4 × 1.07)^(1/5) − 1 = exp((4 × 0.058269 + 0.067659)/5) − 1 = exp(0.060147) − 1 = 6.1992 %
        assertEquals(6.1992, e.observedRate(), TOLERANCE);
        // R = 6.1992 / 6.5 = 0.9537
        assertEquals(0.9537, e.ratio(), TOLERANCE);
    }

    @Test
    void a_new_poverty_standard_restarts_the_baseline() {
        // 2022 is measured on the new standard, so 25.0 is the new baseline and 2020–2021 are ignored.
        List<Figure> figures = List.of(obs(2020, "20.0"), obs(2021, "18.0"), seriesBreak(2022, "25.0"),
                obs(2024, "21.0"));

        Evaluation e = EVALUATOR.evaluate(POVERTY, figures, 2024);

        assertEquals(2022, e.baseline().year());
        // Δ̄ = (25.0 − 21.0) / (2024 − 2022) = 4 / 2 = 2.0; R = 2.0 / 2 = 1.0 ≥ 0.95
        // (ignoring the break it would be (20.0 − 21.0) / 4 = −0.25, OFF_TRACK)
        assertEquals(2.0, e.observedRate(), TOLERANCE);
        assertEquals(1.0, e.ratio(), TOLERANCE);
        assertEquals(Status.ON_TRACK, e.status());
        // still needed = (2 × (2025 − 2022) − 4) / (2025 − 2024) = 2 / 1 = 2.0
        assertEquals(2.0, e.requiredRate(), TOLERANCE);
    }

    @Test
    void poverty_falling_2_2_points_a_year_over_the_term_is_achieved() {
        Evaluation e = EVALUATOR.evaluate(POVERTY, List.of(obs(2020, "20.0"), obs(2025, "9.0")), 2025);

        // Δ̄ = (20.0 − 9.0) / 5 = 2.2 ≥ 2
        assertEquals(Status.ACHIEVED, e.status());
        assertEquals(2.2, e.observedRate(), TOLERANCE);
    }

    @Test
    void poverty_falling_1_8_points_a_year_over_the_term_is_not_achieved() {
        Evaluation e = EVALUATOR.evaluate(POVERTY, List.of(obs(2020, "20.0"), obs(2025, "11.0")), 2025);

        // Δ̄ = (20.0 − 11.0) / 5 = 1.8 < 2; R = 1.8 / 2 = 0.9
        assertEquals(Status.NOT_ACHIEVED, e.status());
        assertEquals(0.9, e.ratio(), TOLERANCE);
    }

    @Test
    void poverty_with_only_the_baseline_is_no_data() {
        Evaluation e = EVALUATOR.evaluate(POVERTY, List.of(obs(2020, "20.0")), 2022);

        assertEquals(Status.NO_DATA, e.status());
    }

    @Test
    void planting_averaging_above_3500_is_on_track() {
        Evaluation e = EVALUATOR.evaluate(PLANTING, List.of(obs(2021, "3200"), obs(2022, "3900")), 2022);

        assertEquals(Status.ON_TRACK, e.status());
        assertEquals("MEAN_VALUE", e.method());
        // mean = (3200 + 3900) / 2 = 3550; R = 3550 / 3500 = 1.0143
        assertEquals(3550.0, e.observedRate(), TOLERANCE);
        assertEquals(1.0143, e.ratio(), TOLERANCE);
        // still needed = (3500 × 5 − 7100) / (5 − 2) = 10400 / 3 = 3466.667
        assertEquals(3466.667, e.requiredRate(), TOLERANCE);
    }

    @Test
    void planting_averaging_2250_is_at_risk() {
        Evaluation e = EVALUATOR.evaluate(PLANTING, List.of(obs(2021, "2000"), obs(2022, "2500")), 2022);

        // mean = 4500 / 2 = 2250; R = 2250 / 3500 = 0.6429 → 0.60 ≤ R < 0.95
        assertEquals(Status.AT_RISK, e.status());
        assertEquals(0.6429, e.ratio(), TOLERANCE);
    }

    @Test
    void growth_with_no_figures_is_no_data() {
        Evaluation e = EVALUATOR.evaluate(GROWTH, List.of(obs(2020, "5.0")), 2022);

        // 2020 is before the period 2021–2025, so no growth year is reported
        assertEquals(Status.NO_DATA, e.status());
    }
}
