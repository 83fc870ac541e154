package vn.backan.congress.elections.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.fge.jsonschema.core.load.configuration.LoadingConfiguration;
import com.github.fge.jsonschema.core.load.uri.URITranslatorConfiguration;
import com.github.fge.jsonschema.core.report.ProcessingReport;
import com.github.fge.jsonschema.main.JsonSchema;
import com.github.fge.jsonschema.main.JsonSchemaFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Popolo export validates against the Popolo JSON Schemas (draft-03, copied unchanged under
 * standards/popolo), with their absolute ids mapped to those files, and uses no property the
 * schemas do not define (draft-03 would allow extra ones; open-data users should not meet them).
 */
@QuarkusTest
class PopoloExportTest {

    private static final String POPOLO_IDS = "http://www.popoloproject.com/schemas/";
    private static final Path SCHEMAS = Path.of("..", "standards", "popolo").toAbsolutePath().normalize();
    private static final Map<String, String> SCHEMA_OF = Map.of("persons", "person", "organizations", "organization",
            "memberships", "membership", "posts", "post", "events", "event");

    @Test
    void everyObjectValidatesAgainstItsPopoloSchema() throws Exception {
        assertEquals(List.of(), problems());
    }

    /**
     * What in the export breaks a Popolo schema or uses a property Popolo does not define. Shared
     * with the contest tests, which check that the people and memberships an approval creates still
     * validate, whatever order the test classes run in.
     */
    static List<String> problems() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().get("/api/v1/popolo").then().statusCode(200)
                .contentType("application/json").extract().asString());
        JsonSchemaFactory factory = JsonSchemaFactory.newBuilder().setLoadingConfiguration(LoadingConfiguration
                .newBuilder().setURITranslatorConfiguration(URITranslatorConfiguration.newBuilder()
                        .setNamespace(POPOLO_IDS).addPathRedirect(POPOLO_IDS, SCHEMAS.toUri().toString()).freeze())
                .freeze()).freeze();
        List<String> problems = new ArrayList<>();
        for (var entry : SCHEMA_OF.entrySet()) {
            JsonSchema schema = factory.getJsonSchema(POPOLO_IDS + entry.getValue() + ".json#");
            JsonNode definition = new ObjectMapper().readTree(SCHEMAS.resolve(entry.getValue() + ".json").toFile());
            Set<String> known = new java.util.HashSet<>();
            definition.get("properties").fieldNames().forEachRemaining(known::add);
            assertTrue(doc.get(entry.getKey()).size() > 0, entry.getKey() + " is empty");
            for (JsonNode object : doc.get(entry.getKey())) {
                ProcessingReport report = schema.validate(object);
                if (!report.isSuccess()) {
                    problems.add(entry.getKey() + " " + object.get("id") + ": " + report);
                }
                object.fieldNames().forEachRemaining(f -> {
                    if (!known.contains(f)) {
                        problems.add(entry.getKey() + " " + object.get("id") + " has " + f + ", which Popolo does not define");
                    }
                });
            }
        }
        return problems;
    }

    @Test
    void theValidatorCatchesWhatPopoloForbids() throws Exception {
        JsonSchemaFactory factory = JsonSchemaFactory.newBuilder().setLoadingConfiguration(LoadingConfiguration
                .newBuilder().setURITranslatorConfiguration(URITranslatorConfiguration.newBuilder()
                        .setNamespace(POPOLO_IDS).addPathRedirect(POPOLO_IDS, SCHEMAS.toUri().toString()).freeze())
                .freeze()).freeze();
        JsonSchema membership = factory.getJsonSchema(POPOLO_IDS + "membership.json#");
        // A date written the Vietnamese way is not a Popolo date.
        assertTrue(!membership.validate(new ObjectMapper().readTree("{\"start_date\":\"28/10/2020\"}")).isSuccess());
        assertTrue(membership.validate(new ObjectMapper().readTree("{\"start_date\":\"2020-10-28\"}")).isSuccess());
    }

    @Test
    void theExportHoldsTheSeedsPeopleBodiesAndPosts() {
        given().get("/api/v1/popolo").then()
                // Contest tests may add people; the seed's three are there, in Vietnamese order (by given name).
                .body("persons.findAll { it.id in ['hoang-duy-chinh', 'phuong-thi-thanh', 'le-duoc-trung'] }.name",
                        org.hamcrest.Matchers.contains("Hoàng Duy Chinh", "Phương Thị Thanh", "Lê Dược Trung"))
                .body("persons.find { it.id == 'hoang-duy-chinh' }.sort_name", org.hamcrest.Matchers.equalTo("Chinh, Hoàng Duy"))
                .body("organizations.id", org.hamcrest.Matchers.hasItems("EXECUTIVE-COMMITTEE-XII",
                        "STANDING-COMMITTEE-XII", "INSPECTION-COMMITTEE-XII", "DELEGATION-XIII-NATIONAL-CONGRESS"))
                .body("posts.id", org.hamcrest.Matchers.contains("SECRETARY-XII", "DEPUTY-SECRETARY-XII", "INSPECTION-CHAIR-XII"))
                .body("events.find { it.id == 'DH-XII' }.start_date", org.hamcrest.Matchers.equalTo("2020-10-26"));
    }
}
