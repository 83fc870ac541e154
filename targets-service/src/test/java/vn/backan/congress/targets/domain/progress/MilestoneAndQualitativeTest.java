package vn.backan.congress.targets.domain.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.backan.congress.targets.domain.progress.Fixtures.EVALUATOR;
import static vn.backan.congress.targets.domain.progress.Fixtures.obs;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.backan.congress.targets.domain.Direction;
import vn.backan.congress.targets.domain.TargetKind;

class MilestoneAndQualitativeTest {

    /** INF-NH3-NEW: new National Highway 3 by 2025. */
    private static final Target HIGHWAY = Fixtures.milestone();

    @Test
    void flagged_done_before_the_deadline_is_achieved() {
        Evaluation e = EVALUATOR.evaluate(HIGHWAY, List.of(obs(2022, "0"), obs(2023, "1")), 2023);

        assertEquals(Status.ACHIEVED, e.status());
        assertEquals("MILESTONE", e.method());
        assertEquals(2023, e.latest().year());
    }

    @Test
    void not_done_before_the_deadline_is_at_risk() {
        Evaluation e = EVALUATOR.evaluate(HIGHWAY, List.of(obs(2022, "0"), obs(2024, "1")), 2023);

        // the 2024 flag is after asOf 2023 and does not count
        assertEquals(Status.AT_RISK, e.status());
    }

    @Test
    void not_done_by_the_deadline_is_not_achieved_even_if_done_later() {
        Evaluation e = EVALUATOR.evaluate(HIGHWAY, List.of(obs(2025, "0"), obs(2026, "1")), 2026);

        assertEquals(Status.NOT_ACHIEVED, e.status());
    }

    @Test
    void no_flag_is_no_data() {
        Evaluation e = EVALUATOR.evaluate(HIGHWAY, List.of(), 2023);

        assertEquals(Status.NO_DATA, e.status());
    }

    @Test
    void a_qualitative_commitment_has_no_numeric_status() {
        Target trafficAccidents = new Target(TargetKind.QUALITATIVE, null, Direction.NONE, null, null, null, null,
                2021, 2025);

        Evaluation e = EVALUATOR.evaluate(trafficAccidents, List.of(obs(2022, "1")), 2023);

        assertEquals(Status.NO_DATA, e.status());
        assertEquals("NONE", e.method());
        assertEquals("qualitative commitment: followed by narrative, no numeric status", e.reason().en());
        assertEquals("cam kết định tính: theo dõi bằng mô tả, không có trạng thái số", e.reason().vi());
        assertNull(e.ratio());
    }
}
