package vn.backan.congress.commons.rest.params;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A parameter is read as its documented form or refused with a 400 naming it; never read as something else. */
@QuarkusTest
class StrictParamsTest {

    private static final String TYPED = "/fixture/words/typed/";

    @Test
    void wellFormedValuesAreRead() {
        given().queryParam("flag", "true").queryParam("year", "2021").queryParam("id", "-9000000000")
                .header("X-Count", "0").get(TYPED + "32767").then().statusCode(200)
                .body("", contains(32767, true, 2021, -9000000000L, 0));
        given().get(TYPED + "1").then().statusCode(200).body("[1]", equalTo(false));
    }

    @Test
    void aBooleanIsTrueOrFalseOnly() {
        for (String bent : new String[] {"1", "yes", "on", "TRUE", "", "true "}) {
            refused(given().queryParam("flag", bent).get(TYPED + "1"), "flag");
        }
    }

    @Test
    void numbersAreAsciiDigitsInRange() {
        for (String bent : new String[] {"٢٠٢١", "２０２１", "2021.0", "+2021", "2e3", " 2021", "99999999999"}) {
            refused(given().queryParam("year", bent).get(TYPED + "1"), "year");
        }
        refused(given().get(TYPED + "32768"), "n");
        refused(given().get(TYPED + "５"), "n");
        refused(given().queryParam("id", "9223372036854775808").get(TYPED + "1"), "id");
        refused(given().header("X-Count", "１").get(TYPED + "1"), "X-Count");
        refused(given().queryParam("year", "").get(TYPED + "1"), "year");
        refused(given().queryParam("pageSize", "").get("/fixture/words"), "pageSize");
    }

    @Test
    void emptyTextIsNotRefused() {
        given().queryParam("q", "").get("/fixture/words").then().statusCode(200);
    }

    @Test
    void aPageFarBeyondTheDataIsRefusedBeforeItCanOverflow() {
        given().queryParam("page", 1_000_000).queryParam("pageSize", 200).get("/fixture/words").then().statusCode(200)
                .body("items.size()", equalTo(0));
        refused(given().queryParam("page", 10737420).queryParam("pageSize", 200).get("/fixture/words"), "page");
        refused(given().queryParam("page", "2147483648").get("/fixture/words"), "page");
    }

    private static void refused(io.restassured.response.Response response, String parameter) {
        response.then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(parameter));
    }
}
