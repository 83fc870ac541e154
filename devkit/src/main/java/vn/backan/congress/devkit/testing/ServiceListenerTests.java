package vn.backan.congress.devkit.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

/**
 * A service's packaged jar on its production listener: besides what every application promises
 * there, a read carries its ETag and a wrong parameter is a problem. Its
 * {@code @QuarkusIntegrationTest} names a list of its own and a request with a bad parameter.
 */
public abstract class ServiceListenerTests extends ProductionListenerTests {

    /** A request whose parameter is wrong: a 400 problem. */
    protected abstract String badParameter();

    @Test
    void aReadCarriesAStrongETagAndAnUnchangedOneIs304() {
        String etag = given().get(read()).then().statusCode(200).extract().header("ETag");
        assertNotNull(etag, "a read carries an ETag");
        assertFalse(etag.startsWith("W/"), "the ETag is strong: " + etag);
        given().header("If-None-Match", etag).get(read()).then().statusCode(304);
    }

    @Test
    void aPathNothingServesIsA404Problem() {
        given().get("/no/such/path").then().statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404));
    }

    @Test
    void aBadParameterIsA400Problem() {
        given().get(badParameter()).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400));
    }
}
