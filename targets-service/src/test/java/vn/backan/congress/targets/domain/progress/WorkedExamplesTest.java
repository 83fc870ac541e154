package vn.backan.congress.targets.domain.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.backan.congress.targets.domain.progress.Fixtures.EVALUATOR;
import static vn.backan.congress.targets.domain.progress.Fixtures.TOLERANCE;
import static vn.backan.congress.targets.domain.progress.Fixtures.obs;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.backan.congress.targets.domain.AverageBasis;
import vn.backan.congress.targets.domain.Direction;

/** The five worked examples of docs/progress-methodology.md, numbers worked by hand. */
class WorkedExamplesTest {

    @Test
    void revenue_600_to_700_in_two_years_against_1100_is_at_risk() {
        Evaluation e = EVALUATOR.evaluate(Fixtures.atLeast("1100", true),
                List.of(obs(2020, "600"), obs(2022, "700")), 2022);

        assertEquals(Status.AT_RISK, e.status());
        assertEquals("CAGR", e.method());
        // CAGR_o = (700/600)^(1/2) − 1 = sqrt(1.166667) − 1 = 1.080123 − 1 = 8.0123 %
        assertEquals(8.0123, e.observedRate(), TOLERANCE);
        // CAGR_r = (1100/600)^(1/5) − 1 = exp(ln(1.833333)/5) − 1 = exp(0.606136/5) − 1 = exp(0.121227) − 1 = 12.8881 %
        assertEquals(12.8881, e.requiredRate(), TOLERANCE);
        // R = +1 · 0.080123 / 0.128881 = 0.6217 → 0.60 ≤ R < 0.95
        assertEquals(0.6217, e.ratio(), TOLERANCE);
        assertEquals(2020, e.baseline().year());
        assertEquals(2022, e.latest().year());
        assertEquals(Thresholds.DEFAULTS, e.thresholds());
        assertEquals(2022, e.asOf());
    }

    @Test
    void growth_5_0_then_7_5_against_6_5_is_on_track_and_needs_6_67_a_year() {
        Target growth = Fixtures.average(AverageBasis.GROWTH_RATE, Direction.INCREASE, "6.5", "7.0");

        Evaluation e = EVALUATOR.evaluate(growth, List.of(obs(2021, "5.0"), obs(2022, "7.5")), 2022);

        assertEquals(Status.ON_TRACK, e.status());
        assertEquals("MEAN_GROWTH", e.method());
        // ḡ = (1.05 × 1.075)^(1/2) − 1 = sqrt(1.12875) − 1 = 1.062426 − 1 = 6.2426 %
        assertEquals(6.2426, e.observedRate(), TOLERANCE);
        // R = 6.2426 / 6.5 = 0.9604 ≥ 0.95
        assertEquals(0.9604, e.ratio(), TOLERANCE);
        // still needed = (1.065^5 / 1.12875)^(1/3) − 1 = (1.370087 / 1.12875)^(1/3) − 1 = 1.213809^(1/3) − 1
        //              = 1.066719 − 1 = 6.6719 %
        assertEquals(6.6719, e.requiredRate(), TOLERANCE);
    }

    @Test
    void poverty_20_to_16_5_in_two_years_against_2_points_a_year_is_at_risk() {
        Target poverty = Fixtures.average(AverageBasis.ANNUAL_CHANGE, Direction.DECREASE, "2", "2.5");

        Evaluation e = EVALUATOR.evaluate(poverty,
                List.of(obs(2020, "20.0"), obs(2021, "18.4"), obs(2022, "16.5")), 2022);

        assertEquals(Status.AT_RISK, e.status());
        assertEquals("MEAN_CHANGE", e.method());
        // Δ̄ = (20.0 − 16.5) / 2 = 3.5 / 2 = 1.75 points a year
        assertEquals(1.75, e.observedRate(), TOLERANCE);
        // R = 1.75 / 2 = 0.875 → 0.60 ≤ R < 0.95
        assertEquals(0.875, e.ratio(), TOLERANCE);
        // still needed = (2 × (2025 − 2020) − 3.5) / (2025 − 2022) = 6.5 / 3 = 2.1667
        assertEquals(2.1667, e.requiredRate(), TOLERANCE);
        assertEquals(2020, e.baseline().year());
    }

    @Test
    void communes_20_to_30_in_two_years_against_56_is_at_risk() {
        Evaluation e = EVALUATOR.evaluate(Fixtures.cumulative("56"),
                List.of(obs(2020, "20"), obs(2022, "30")), 2022);

        assertEquals(Status.AT_RISK, e.status());
        assertEquals("LINEAR_CUMULATIVE", e.method());
        // R = ((30 − 20) / (56 − 20)) / (2 / 5) = (10/36) / 0.4 = 0.277778 / 0.4 = 0.6944
        assertEquals(0.6944, e.ratio(), TOLERANCE);
        // observed = (30 − 20) / 2 = 5 a year; still needed = (56 − 30) / (2025 − 2022) = 26 / 3 = 8.6667
        assertEquals(5.0, e.observedRate(), TOLERANCE);
        assertEquals(8.6667, e.requiredRate(), TOLERANCE);
    }

    @Test
    void forest_cover_73_0_against_72_9_not_falling_is_on_track() {
        Evaluation e = EVALUATOR.evaluate(Fixtures.maintain("72.9", true),
                List.of(obs(2020, "72.9"), obs(2022, "73.0")), 2022);

        assertEquals(Status.ON_TRACK, e.status());
        assertEquals("MAINTAIN", e.method());
        // trend = (73.0 − 72.9) / (2022 − 2020) = 0.05 a year, not falling
        assertEquals(0.05, e.observedRate(), TOLERANCE);
    }
}
