package vn.backan.congress.gateway.compose;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every successful data read says its licence in a Link header, beside the Links it already had. */
@QuarkusTest
@WithTestResource(ComposeStubs.class)
class LicenceLinkTest {

    private static final String LICENCE = "<https://creativecommons.org/licenses/by/4.0/>; rel=\"license\"";

    @AfterEach
    void restore() {
        ComposeStubs.reset();
    }

    @Test
    void aReadCarriesTheLicenceBesideItsPagingLinks() {
        String next = "</api/v1/indicators?page=2>; rel=\"next\"";
        ComposeStubs.server("targets").stubFor(get(urlPathEqualTo("/api/v1/indicators")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "text/csv").withHeader("Link", next)
                .withHeader("Content-Length", "9").withBody("code\r\nA\r\n")));
        List<String> links = given().get("/api/v1/indicators?format=csv").then().statusCode(200).extract()
                .headers().getValues("Link");
        assertEquals(List.of(next, LICENCE), links);
        assertEquals(List.of(LICENCE), given().get("/catalog.rdf").then().statusCode(200).extract().headers()
                .getValues("Link"));
    }

    @Test
    void writesAndFailuresDoNot() {
        ComposeStubs.server("targets").stubFor(post(urlPathEqualTo("/api/v1/observations/import")).willReturn(
                aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{}")));
        assertEquals(List.of(), given().contentType("application/json").body("[]")
                .post("/api/v1/observations/import").then().statusCode(200).extract().headers().getValues("Link"));
        assertEquals(List.of(), given().get("/api/v1/no-such-thing").then().statusCode(404).extract().headers()
                .getValues("Link"));
    }
}
