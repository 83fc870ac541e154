package vn.backan.congress.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A write is never retried (it may have reached the service), so a write into a pooled connection
 * that the service is closing at that moment would be a 502. The gateway's pool must let go of an
 * idle connection before the service's keep-alive runs out, and a write after a long pause must go
 * out on a fresh connection.
 */
@QuarkusTest
@WithTestResource(KeptAliveService.class)
class PooledConnectionTest {

    @Test
    void aWriteAfterAConnectionSatIdlePastTheServicesKeepAliveIsNeverA502() throws Exception {
        KeptAliveService.CONNECTIONS.clear();
        given().get("/api/v1/indicators").then().statusCode(200);
        assertEquals(1, KeptAliveService.CONNECTIONS.size(), "the read opened one pooled connection");
        KeptAliveService.Life pooled = KeptAliveService.CONNECTIONS.get(0);

        // Idle past the service's keep-alive (4 s): by then one side has closed the connection.
        Thread.sleep(KeptAliveService.KEEP_ALIVE_MS + 500);
        assertTrue(pooled.closed != 0, "the idle connection was closed");
        long idleMs = TimeUnit.NANOSECONDS.toMillis(pooled.closed - pooled.lastAnswered);
        // The gateway's idle timeout is 1 s and its pool is swept every second: it closes the
        // connection within about 2 s, well before the service would at 4 s.
        assertTrue(idleMs < KeptAliveService.KEEP_ALIVE_MS - 1_000,
                "the gateway let go first (closed after " + idleMs + " ms idle)");

        given().contentType("application/json").body("{\"value\":1}")
                .post("/api/v1/observations").then().statusCode(201);
        assertEquals(2, KeptAliveService.CONNECTIONS.size(), "the write went out on a fresh connection");
    }
}
