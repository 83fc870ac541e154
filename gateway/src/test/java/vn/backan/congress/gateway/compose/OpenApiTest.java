package vn.backan.congress.gateway.compose;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.backan.congress.gateway.openapi.MergedContract;

/** The merged contract, built from what the (stub) services publish at /q/openapi. */
@QuarkusTest
@WithTestResource(ComposeStubs.class)
class OpenApiTest {

    @Inject
    MergedContract contract;

    @AfterEach
    void servicesBackUp() {
        ComposeStubs.reset();
        // A failure is remembered until the next refresh: forget it, so the next test sees the services up.
        contract.clearCache();
    }

    @Test
    void everyRoutedPathOfEveryServiceAndTheGatewaysOwnAreInIt() {
        given().get("/openapi").then().statusCode(200).contentType("application/json")
                .body("paths", hasKey("/api/v1/indicators")).body("paths", hasKey("/api/v1/plan"))
                .body("paths", hasKey("/api/v1/congress")).body("paths", hasKey("/api/v1/overview"))
                .body("paths", hasKey("/openapi"))
                // /api/v1/me is routed to targets, so its operation is targets'; health is not API.
                .body("paths.'/api/v1/me'.get.summary", equalTo("who am I (targets)"))
                .body("paths", not(hasKey("/q/health/ready")))
                // The gateway is the server: "try it out" goes to it, never to an internal address.
                .body("servers[0].url", equalTo("/"));
    }

    @Test
    void everyOperationStatesTheGatewaysLimitsAndTheyAreSent() {
        given().get("/openapi").then().statusCode(200)
                // The gateway's own answers are counted too, and say so.
                .header("RateLimit-Limit", equalTo("120"))
                .body("paths.'/api/v1/indicators'.get.responses.'429'.'$ref'",
                        equalTo("#/components/responses/TooManyRequests"))
                .body("paths.'/api/v1/indicators'.get.responses.'200'.headers", hasKey("RateLimit-Remaining"))
                .body("paths.'/api/v1/overview'.get.responses.'200'.headers", hasKey("Access-Control-Allow-Origin"))
                .body("components.responses.TooManyRequests.headers", hasKey("Retry-After"))
                .body("components.headers.'RateLimit-Reset'.schema.maximum", equalTo(86400));
        given().get("/api/v1/overview").then().header("RateLimit-Limit", equalTo("120"));
    }

    @Test
    void schemasThatClashAreRenamedAndTheirReferencesFollow() {
        given().get("/openapi").then()
                .body("components.schemas.Entry.properties", hasKey("actor"))
                .body("components.schemas.ProgramsEntry.properties", hasKey("action"))
                .body("paths.'/api/v1/plan'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/ProgramsEntry"))
                .body("paths.'/api/v1/indicators'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/Entry"))
                .body("components.schemas", hasKey("LocalizedText"))
                .body("components.schemas", not(hasKey("TargetsLocalizedText")));
    }

    @Test
    void yamlOnRequestAndEtags() {
        given().queryParam("format", "yaml").get("/openapi").then().statusCode(200)
                .contentType(containsString("yaml")).body(containsString("/api/v1/congress:"));
        given().accept("application/yaml").get("/openapi").then().statusCode(200).contentType(containsString("yaml"));
        String etag = given().get("/openapi").then().extract().header("ETag");
        given().header("If-None-Match", etag).get("/openapi").then().statusCode(304);
    }

    @Test
    void yamlIsTheSameDocumentAsJson() throws Exception {
        String yaml = given().queryParam("format", "yaml").get("/openapi").then().statusCode(200).extract().asString();
        String json = given().get("/openapi").then().statusCode(200).extract().asString();
        JsonNode fromYaml = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        JsonNode fromJson = new ObjectMapper().readTree(json);
        // A Vert.x JsonObject written as a bean would come out as {map: {...}, empty: false}.
        assertFalse(fromYaml.has("map"), yaml);
        assertFalse(fromYaml.has("empty"), yaml);
        assertEquals("3.1.0", fromYaml.path("openapi").asText());
        assertEquals(fromJson.get("paths").properties().stream().map(Map.Entry::getKey).toList(),
                fromYaml.get("paths").properties().stream().map(Map.Entry::getKey).toList());
        assertEquals(fromJson, fromYaml);
    }

    @Test
    void headGivesTheHeadersOfGetAndNoBody() {
        var get = given().get("/openapi").then().statusCode(200).extract();
        var head = given().head("/openapi").then().statusCode(200).extract();
        assertEquals(get.header("ETag"), head.header("ETag"));
        assertEquals(get.header("Content-Type"), head.header("Content-Type"));
        assertEquals(get.header("Cache-Control"), head.header("Cache-Control"));
        assertEquals(0, head.asByteArray().length);
        given().header("If-None-Match", get.header("ETag")).head("/openapi").then().statusCode(304);
    }

    @Test
    void aFailingServiceIsAskedOncePerRefreshNotOncePerRequest() {
        ComposeStubs.reset();
        contract.clearCache();
        ComposeStubs.down("targets");
        for (int i = 0; i < 2; i++) {
            given().get("/openapi").then().statusCode(200)
                    .body("info.x-missing-services[0].service", equalTo("targets"))
                    .body("paths", not(hasKey("/api/v1/indicators"))).header("Cache-Control", equalTo("no-store"));
        }
        ComposeStubs.server("targets").verify(1, WireMock.getRequestedFor(WireMock.urlPathEqualTo("/q/openapi")));
        // The services that answered were asked once too, not once per request.
        ComposeStubs.server("programs").verify(1, WireMock.getRequestedFor(WireMock.urlPathEqualTo("/q/openapi")));
    }
}
