package vn.backan.congress.programs.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.backan.congress.commons.rest.cache.DatasetVersions;
import vn.backan.congress.programs.service.Datasets;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.backan.congress.devkit.testing.As;
import vn.backan.congress.programs.domain.Task;

/** The plan of section 4.2: the declared counts, what is recorded against them, and the guard. */
@QuarkusTest
class PlanResourceTest {

    @jakarta.inject.Inject
    DatasetVersions versions;

    private static String seedSentence() throws Exception {
        return Files.readString(Path.of("..", "seed", "000_4b5e49ba4d4fc81f.txt")).lines()
                .filter(l -> l.contains("5 nhiệm vụ và 27 giải pháp")).findFirst().orElseThrow();
    }

    @Test
    void thePlanReportsTheSeedsFiveTasksAndTwentySevenSolutions() throws Exception {
        JsonPath plan = given().get("/api/v1/plan").then().statusCode(200)
                .body("declared.tasks", equalTo(5)).body("declared.solutions", equalTo(27))
                .body("source.vi", equalTo(seedSentence())).extract().jsonPath();
        // Whatever other tests have entered, recorded and missing add up to what is declared.
        assertEquals(5, plan.getInt("recorded.tasks") + plan.getInt("missing.tasks"));
        assertEquals(27, plan.getInt("recorded.solutions") + plan.getInt("missing.solutions"));
        assertEquals(plan.getInt("missing.solutions"), plan.getList("missingNumbers.solutions").size());
        int byStatus = plan.getMap("solutionsByStatus").values().stream().mapToInt(v -> ((Number) v).intValue()).sum();
        assertEquals(plan.getInt("recorded.solutions"), byStatus);
    }

    @Test
    void aSixthTaskNeedsTheDeclaredCountRaisedFirstAndTheChangeIsKept() {
        String sixth = "{\"number\":6,\"title\":{\"vi\":\"Nhiệm vụ thứ sáu\"}}";
        As.admin().body(sixth).post("/api/v1/tasks").then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("declares 5 tasks"));

        String path = "/api/v1/plan/declared/tasks";
        String raise = "{\"declared\":6,\"reason\":\"Nghị quyết bổ sung\"}";
        As.admin().body(raise).put(path).then().statusCode(428);
        As.admin().header("If-Match", "\"v999\"").body(raise).put(path).then().statusCode(412);
        As.reporter("058").header("If-Match", Api.etag(path)).body(raise).put(path).then().statusCode(403);
        given().contentType("application/json").body(raise).put(path).then().statusCode(401);
        As.admin().header("If-Match", Api.etag(path)).body(raise).put(path).then().statusCode(200)
                .body("declared", equalTo(6));

        As.admin().body(sixth).post("/api/v1/tasks").then().statusCode(201)
                .header("Location", containsString("/api/v1/tasks/6"));
        given().get("/api/v1/plan").then().body("declared.tasks", equalTo(6));
        As.admin().header("If-Match", Api.etag(path)).body("{\"declared\":5,\"reason\":\"lùi\"}").put(path)
                .then().statusCode(422).body("detail", containsString("cannot go below 6"));
        given().get(path + "/history").then().statusCode(200).body("", hasSize(1))
                .body("[0].action", equalTo("CHANGE")).body("[0].oldValues", containsString("Nghị quyết bổ sung"));

        // Nothing in the API deletes; the test puts the plan back as the seed has it. A change made
        // beside the API must bump its dataset, as an operator's would, or cached reads keep the old plan.
        // Its feed entries go with it: the feed shows each entity as it is now, so an entry for a task
        // that no longer exists would make every later read of the feed from its start a 404.
        QuarkusTransaction.requiringNew().run(() -> {
            Task.getEntityManager().createNativeQuery(
                    "DELETE FROM change_feed WHERE entity_type = 'task' AND entity_key = '6'").executeUpdate();
            Task.deleteById((short) 6);
            versions.bump(Datasets.PLAN, java.time.Instant.now());
        });
        As.admin().header("If-Match", Api.etag(path)).body("{\"declared\":5,\"reason\":\"trả lại\"}").put(path)
                .then().statusCode(200).body("declared", equalTo(5));
    }

    @Test
    void aTwentyEighthSolutionIsRefused() {
        Api.ensureTask(1);
        As.admin().body(Api.solution(28, "Giải pháp thứ 28", "[]")).post("/api/v1/solutions").then()
                .statusCode(422).body("detail", containsString("declares 27 solutions"));
        given().get("/api/v1/solutions/28").then().statusCode(404);
    }

    @Test
    void anUnknownDeclaredCountIsA404() {
        given().get("/api/v1/plan/declared/programs").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void enteringASolutionMovesThePlanByExactlyOne() {
        Api.ensureTask(1);
        JsonPath before = given().get("/api/v1/plan").then().statusCode(200).extract().jsonPath();
        List<Integer> missing = before.getList("missingNumbers.solutions", Integer.class);
        int number = missing.get(missing.size() - 1);
        As.admin().body(Api.solution(number, "Giải pháp số " + number, "[]")).post("/api/v1/solutions").then()
                .statusCode(201);
        JsonPath after = given().get("/api/v1/plan").then().extract().jsonPath();
        assertEquals(before.getInt("recorded.solutions") + 1, after.getInt("recorded.solutions"));
        assertEquals(before.getInt("missing.solutions") - 1, after.getInt("missing.solutions"));
        assertEquals(false, after.getList("missingNumbers.solutions", Integer.class).contains(number));
        assertEquals(before.getInt("solutionsByStatus.NOT_STARTED") + 1, after.getInt("solutionsByStatus.NOT_STARTED"));
    }

    @Test
    void aTaskEditNeedsIfMatchAndItsEtagFollowsItsSolutions() {
        Api.ensureTask(2);
        String path = "/api/v1/tasks/2";
        String edit = "{\"title\":{\"vi\":\"Nhiệm vụ hai, sửa\"},\"reason\":\"chính tả\"}";
        As.admin().body(edit).patch(path).then().statusCode(428);
        As.admin().header("If-Match", "\"stale\"").body(edit).patch(path).then().statusCode(412);
        String before = Api.etag(path);
        String after = As.admin().header("If-Match", before).body(edit).patch(path).then().statusCode(200)
                .body("title.vi", equalTo("Nhiệm vụ hai, sửa")).extract().header("ETag");
        assertEquals(after, Api.etag(path));
        given().header("If-None-Match", after).get(path).then().statusCode(304);
        // The task lists its solutions, so a new solution under it changes its representation.
        As.admin().body(Api.solution(25, "Giải pháp hai mươi lăm", "[]").replace("\"taskNumber\":1", "\"taskNumber\":2"))
                .post("/api/v1/solutions").then().statusCode(201);
        given().header("If-None-Match", after).get(path).then().statusCode(200).body("solutionNumbers", hasItem(25));
    }

    @Test
    void theTaskListShowsEachTasksOwnSolutionsAsItsSingleViewDoes() {
        Api.ensureTask(1);
        Api.ensureTask(3);
        // Numbers no other test of this service enters: 15 under task 3, 16 under task 1.
        As.admin().body(Api.solution(15, "Giải pháp của nhiệm vụ ba", "[]").replace("\"taskNumber\":1", "\"taskNumber\":3"))
                .post("/api/v1/solutions").then().statusCode(201);
        As.admin().body(Api.solution(16, "Giải pháp của nhiệm vụ một", "[]")).post("/api/v1/solutions").then().statusCode(201);

        JsonPath list = given().get("/api/v1/tasks?pageSize=200").then().statusCode(200).extract().jsonPath();
        List<Integer> numbers = list.getList("items.number", Integer.class);
        assertEquals(true, numbers.containsAll(List.of(1, 3)));
        for (int i = 0; i < numbers.size(); i++) {
            int task = numbers.get(i);
            List<Integer> listed = list.getList("items[" + i + "].solutionNumbers", Integer.class);
            assertEquals(given().get("/api/v1/tasks/" + task).then().extract().jsonPath()
                    .getList("solutionNumbers", Integer.class), listed, "task " + task);
            assertEquals(task == 3, listed.contains(15), "task " + task);
            assertEquals(task == 1, listed.contains(16), "task " + task);
        }
    }
}
