package vn.backan.congress.targets.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
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
