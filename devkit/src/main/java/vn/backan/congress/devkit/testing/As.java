package vn.backan.congress.devkit.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/**
 * A request as one of the API's roles, with a token {@link TestTokens} signed: {@code As.admin()},
 * {@code As.reporter("064")}, {@code As.secretariat()}. The body is JSON unless the test says otherwise.
 */
public final class As {

    private As() {
    }

    public static RequestSpecification admin() {
        return role("admin", null);
    }

    /** A reporter, who may write only for {@code orgUnit}. */
    public static RequestSpecification reporter(String orgUnit) {
        return role("reporter", orgUnit);
    }

    public static RequestSpecification secretariat() {
        return role("secretariat", null);
    }

    /** Any role, with an {@code org_unit} claim when {@code orgUnit} is not null. */
    public static RequestSpecification role(String role, String orgUnit) {
        return given().header("Authorization", TestTokens.bearer(role, orgUnit)).contentType("application/json");
    }
}
