package vn.backan.congress.targets.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.backan.congress.devkit.testing.Management;

/** Requests refused for their token cannot mint a time series per invented path. */
@QuarkusTest
class MetricsTagsTest {

    @Test
    void refusedTokensShareOneUriTag() {
        for (int i = 0; i < 120; i++) {
            given().header("Authorization", "Bearer not.a.token").get("/api/v1/indicators/CARDINALITY-PROBE-" + i)
                    .then().statusCode(401);
        }
        Management.given().get("/q/metrics").then().statusCode(200)
                .body(containsString("uri=\"UNAUTHORIZED\""))
                .body(not(containsString("CARDINALITY-PROBE")));
        // Endpoints used afterwards are still measured under their template.
        given().get("/api/v1/org-units").then().statusCode(200);
        Management.given().get("/q/metrics").then().body(containsString("uri=\"/api/v1/org-units\""));
    }

    @Test
    void inventedPathsAndMethodsMintNoSeries() {
        java.util.Random random = new java.util.Random(20261203);
        probe(random, 20);
        long before = serverSeries();
        probe(random, 100);
        assertEquals(before, serverSeries(), "100 more invented paths made new http_server_requests series");
        Management.given().get("/q/metrics").then().body(not(containsString("PROBE-")));
    }

    @Test
    void latenciesAreHistogramsAndThePoolIsMeasured() {
        given().get("/api/v1/org-units").then().statusCode(200);
        String metrics = Management.given().get("/q/metrics").then().statusCode(200).extract().asString();
        // 5 ms, 100 ms, 30 s: three of the fixed buckets p50/p95/p99 are computed from.
        for (String le : java.util.List.of("0.005", "0.1", "30.0")) {
            assertTrue(metrics.lines().anyMatch(l -> l.startsWith("http_server_requests_seconds_bucket{")
                    && l.contains("uri=\"/api/v1/org-units\"") && l.contains("le=\"" + le + "\"")), "no bucket le=" + le);
        }
        assertTrue(metrics.contains("agroal_active_count"), "no connection-pool gauge");
        assertTrue(metrics.contains("agroal_awaiting_count"), "no connection-pool wait gauge");
    }

    /** Paths and methods no route has, the way a scanner or a careless client sends them. */
    private static void probe(java.util.Random random, int count) {
        for (int i = 0; i < count; i++) {
            String invented = "PROBE-" + Integer.toHexString(random.nextInt());
            switch (i % 4) {
                case 0 -> given().delete("/api/v1/indicators/" + invented).then().statusCode(405);
                case 1 -> given().get("/api/v1/" + invented.toLowerCase()).then().statusCode(404);
                case 2 -> given().get("/api/v1/indicators/" + invented + "/" + invented).then().statusCode(404);
                default -> given().put("/" + invented).then().statusCode(404);
            }
        }
    }

    private static long serverSeries() {
        return Management.given().get("/q/metrics").then().extract().asString().lines()
                .filter(l -> l.startsWith("http_server_requests_seconds_count{")).count();
    }
}
