package vn.backan.congress.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;
import vn.backan.congress.devkit.testing.FreeManagementPort;
import vn.backan.congress.devkit.testing.ProductionListenerTests;

/**
 * The packaged jar, started as in production. Its clients point at the services' usual ports; a
 * section whose service does not answer says so, and the page is made either way.
 */
@QuarkusIntegrationTest
@WithTestResource(FreeManagementPort.class)
class ProductionListenerIT extends ProductionListenerTests {

    @Override
    protected String read() {
        return "/";
    }

    @Test
    void theScoreboardIsAPageEvenWithEveryServiceAway() {
        given().get("/").then().statusCode(200).contentType(startsWith("text/html"));
    }
}
