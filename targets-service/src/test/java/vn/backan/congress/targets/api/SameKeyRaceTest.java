package vn.backan.congress.targets.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.backan.congress.devkit.testing.As;

/**
 * The same import sent twice at the same moment with one Idempotency-Key (a client retrying too
 * soon, or bin/stack up -d loading the record from two processes, as it once did): one runs, the
 * other waits for it and gets its answer back. Before the key was claimed first, the two imports
 * deadlocked and one answered 409. (HLT-DOCTORS-PER-10000, 48 figures a round: no other test writes it.)
 * Fifty at once (issue 30): the waiters used to deadlock with each other, and most answered 409.
 */
@QuarkusTest
class SameKeyRaceTest {

    @Test
    void twoRequestsWithOneKeyAtOnceGiveOneWriteAndOneReplay() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                String body = body(10 + round);
                String key = "race-" + round + "-" + System.nanoTime();
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Response>> sent = List.of(pool.submit(() -> send(together, key, body)),
                        pool.submit(() -> send(together, key, body)));
                Response a = sent.get(0).get();
                Response b = sent.get(1).get();
                assertEquals(List.of(200, 200), List.of(a.statusCode(), b.statusCode()), a.asString() + b.asString());
                assertEquals(a.jsonPath().getMap("counts"), b.jsonPath().getMap("counts"), "one answer for both");
                long replays = List.of(a, b).stream().filter(r -> "true".equals(r.header("Idempotent-Replayed"))).count();
                assertEquals(1, replays, "round " + round);
                assertEquals(48, a.jsonPath().getInt("counts.created") + a.jsonPath().getInt("counts.updated"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fiftyRequestsWithOneKeyAtOnceGiveOneWriteAndFortyNineReplays() throws Exception {
        int requests = 50;
        String body = body(70);
        String key = "race-50-" + System.nanoTime();
        String otherBody = body(71);
        int earlierBefore = earlierVersionsOfOneFigure();
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        List<Response> answers = new ArrayList<>();
        try {
            CountDownLatch ready = new CountDownLatch(requests);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> sent = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                sent.add(pool.submit(() -> {
                    var request = As.admin().header("Idempotency-Key", key).body(body);
                    ready.countDown();
                    go.await();
                    return request.post("/api/v1/observations/import");
                }));
            }
            ready.await();
            go.countDown();
            for (Future<Response> answer : sent) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
        assertEquals(List.of(), statuses.stream().filter(s -> s != 200).toList(), "statuses other than 200 (of "
                + requests + "), the first ones: "
                + answers.stream().filter(r -> r.statusCode() != 200).map(Response::asString).limit(3).toList());
        List<Response> written = answers.stream().filter(r -> r.header("Idempotent-Replayed") == null).toList();
        assertEquals(1, written.size(), "answers that are not replays");
        Response first = written.get(0);
        // 8 units x 6 years of a figure that was 10..17 before or absent: all 48 are written once.
        assertEquals(48, first.jsonPath().getInt("counts.created") + first.jsonPath().getInt("counts.updated"));
        for (Response answer : answers) {
            if (answer != first) {
                assertEquals("true", answer.header("Idempotent-Replayed"));
                assertEquals(first.asString(), answer.asString(), "a replay is the first answer, byte for byte");
            }
        }
        assertEquals(48, given().queryParam("indicator", "HLT-DOCTORS-PER-10000").queryParam("pageSize", 100)
                .get("/api/v1/observations").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.value == 70 }").size());
        assertEquals(earlierBefore + 1, earlierVersionsOfOneFigure(), "one version more");

        As.admin().header("Idempotency-Key", key).body(otherBody).post("/api/v1/observations/import").then()
                .statusCode(422).body("detail", containsString(key));
    }

    /** How many earlier versions one of the 48 figures has; -1 when it does not exist yet. */
    private static int earlierVersionsOfOneFigure() {
        List<Integer> ids = given().queryParam("indicator", "HLT-DOCTORS-PER-10000").queryParam("orgUnit", "058")
                .queryParam("year", 2020).get("/api/v1/observations").then().statusCode(200).extract().path("items.id");
        if (ids.isEmpty()) {
            return -1;
        }
        return given().get("/api/v1/observations/" + ids.get(0) + "/history").then().statusCode(200).extract()
                .jsonPath().getList("earlier").size();
    }

    private static Response send(CyclicBarrier together, String key, String body) throws Exception {
        var request = As.admin().header("Idempotency-Key", key).body(body);
        together.await();
        return request.post("/api/v1/observations/import");
    }

    private static String body(int value) {
        StringBuilder rows = new StringBuilder("[");
        for (String unit : List.of("058", "060", "061", "062", "063", "064", "065", "066")) {
            for (int year = 2020; year <= 2025; year++) {
                rows.append(rows.length() > 1 ? "," : "").append("{\"indicator\":\"HLT-DOCTORS-PER-10000\",\"orgUnit\":\"")
                        .append(unit).append("\",\"year\":").append(year).append(",\"value\":").append(value).append('}');
            }
        }
        return rows.append(']').toString();
    }
}
