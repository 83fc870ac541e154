package vn.backan.congress.targets.domain.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.backan.congress.targets.domain.progress.Fixtures.EVALUATOR;
import static vn.backan.congress.targets.domain.progress.Fixtures.TOLERANCE;
import static vn.backan.congress.targets.domain.progress.Fixtures.obs;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.backan.congress.targets.domain.Direction;

/** EACH_YEAR: every year met or missed; R = min x_i / N. */
class EachYearTargetsTest {

    /** LAB-JOBS: at least 6,400 jobs a year. */
    private static final Target JOBS = Fixtures.eachYear(Direction.INCREASE, "6400", true);
    /** EDU-HS-GRADUATION: "trên 90%", strictly above 90 every year. */
    private static final Target GRADUATION = Fixtures.eachYear(Direction.INCREASE, "90", false);
    /** SEC-PUBLIC-ORDER-CRIME-REDUCTION: crimes down by at least 5 % a year; the figure is the reduction. */
    private static final Target CRIME_REDUCTION = Fixtures.eachYear(Direction.DECREASE, "5", true);

    @Test
    void one_missed_year_makes_the_lowest_year_the_ratio() {
        Evaluation e = EVALUATOR.evaluate(JOBS,
                List.of(obs(2021, "6500"), obs(2022, "6000"), obs(2023, "6800")), 2023);

        // R = min(6500, 6000, 6800) / 6400 = 6000 / 6400 = 0.9375 → 0.60 ≤ R < 0.95
        assertEquals(Status.AT_RISK, e.status());
        assertEquals("EACH_YEAR_MIN", e.method());
        assertEquals(0.9375, e.ratio(), TOLERANCE);
        // mean = (6500 + 6000 + 6800) / 3 = 19300 / 3 = 6433.333
        assertEquals(6433.333, e.observedRate(), TOLERANCE);
        assertEquals("missed in 2022", e.reason().en());
        assertEquals("không đạt trong năm 2022", e.reason().vi());
    }

    @Test
    void a_near_miss_is_not_on_track_because_every_year_can_no_longer_be_met() {
        Evaluation e = EVALUATOR.evaluate(JOBS, List.of(obs(2021, "6500"), obs(2022, "6200")), 2022);

        // R = 6200 / 6400 = 0.96875 ≥ 0.95, but 2022 was missed
        assertEquals(0.96875, e.ratio(), TOLERANCE);
        assertEquals(Status.AT_RISK, e.status());
    }

    @Test
    void every_year_met_so_far_is_on_track() {
        Evaluation e = EVALUATOR.evaluate(JOBS, List.of(obs(2021, "6500"), obs(2022, "6600")), 2022);

        // R = 6500 / 6400 = 1.015625
        assertEquals(Status.ON_TRACK, e.status());
        assertEquals(1.015625, e.ratio(), TOLERANCE);
    }

    @Test
    void every_year_met_over_the_term_is_achieved() {
        List<Figure> years = List.of(obs(2021, "6500"), obs(2022, "6400"), obs(2023, "6700"),
                obs(2024, "6450"), obs(2025, "7000"));

        assertEquals(Status.ACHIEVED, EVALUATOR.evaluate(JOBS, years, 2025).status());
    }

    @Test
    void one_missed_year_over_the_term_is_not_achieved() {
        List<Figure> years = List.of(obs(2021, "6500"), obs(2022, "6399"), obs(2023, "6700"),
                obs(2024, "6450"), obs(2025, "7000"));

        assertEquals(Status.NOT_ACHIEVED, EVALUATOR.evaluate(JOBS, years, 2025).status());
    }

    @Test
    void exactly_90_is_not_above_90() {
        Evaluation e = EVALUATOR.evaluate(GRADUATION, List.of(obs(2021, "95"), obs(2022, "90.0")), 2022);

        // R = min(95, 90) / 90 = 1.0, yet 90.0 misses "trên 90"
        assertEquals(1.0, e.ratio(), TOLERANCE);
        assertEquals(Status.AT_RISK, e.status());
        assertTrue(e.reason().en().contains("2022"), e.reason().en());
    }

    @Test
    void reductions_of_6_5_and_4_5_percent_are_at_risk() {
        Evaluation e = EVALUATOR.evaluate(CRIME_REDUCTION,
                List.of(obs(2021, "6.0"), obs(2022, "5.0"), obs(2023, "4.5")), 2023);

        // R = min(6.0, 5.0, 4.5) / 5 = 4.5 / 5 = 0.9
        assertEquals(Status.AT_RISK, e.status());
        assertEquals(0.9, e.ratio(), TOLERANCE);
    }
}
