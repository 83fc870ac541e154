package vn.backan.congress.targets;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.concurrent.atomic.AtomicInteger;
import vn.backan.congress.devkit.testing.As;
import vn.backan.congress.devkit.testing.DatabaseOutageTests;

/**
 * Reads of an indicator (the catalogue and its progress) and imports, with the database frozen and
 * killed. The read carries a token: a public read may be answered from the representation cache,
 * which needs no database, while an answer for a token is always computed from it.
 */
@QuarkusTest
class DatabaseOutageTest extends DatabaseOutageTests {

    private static final AtomicInteger VALUE = new AtomicInteger(100);

    @Override
    protected Response read() {
        return As.admin().get("/api/v1/indicators/ECO-GRDP-PER-CAPITA");
    }

    @Override
    protected Response write() {
        return As.admin().body("[{\"indicator\":\"BUD-REVENUE\",\"orgUnit\":\"060\",\"year\":2024,\"value\":"
                + VALUE.incrementAndGet() + "}]").post("/api/v1/observations/import");
    }
}
