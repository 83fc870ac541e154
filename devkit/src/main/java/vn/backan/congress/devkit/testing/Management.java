package vn.backan.congress.devkit.testing;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import io.quarkus.test.common.http.TestHTTPResourceManager;

/**
 * Requests to the application's management listener (health, metrics), which the tests start on
 * a free port of their own, apart from the application's routes.
 */
public final class Management {

    private Management() {
    }

    /** Like RestAssured's {@code given()}, addressed to the management port: paths as /q/health/ready. */
    public static RequestSpecification given() {
        return RestAssured.given().port(port());
    }

    public static int port() {
        return URI.create(TestHTTPResourceManager.getManagementUri()).getPort();
    }
}
