package vn.backan.congress.targets.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import vn.backan.congress.devkit.testing.As;

/**
 * Reads kept as rendered representations: a 304 costs no database statement, the tag moves exactly
 * when the bytes do, and every read says how caches may keep it.
 */
@QuarkusTest
class ReadCacheTest {

    private static final String SCOREBOARD = "/api/v1/progress?orgUnit=06";

    @Inject
    EntityManagerFactory emf;

    @Test
    void aConditionalReadTheCacheHoldsIsA304WithoutAnyDatabaseStatement() {
        String etag = given().get(SCOREBOARD).then().statusCode(200).extract().header("ETag");
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        for (int i = 0; i < 20; i++) {
            given().header("If-None-Match", etag).get(SCOREBOARD).then().statusCode(304).header("ETag", etag);
            given().get(SCOREBOARD).then().statusCode(200).header("ETag", etag);
        }
        assertEquals(0, statistics.getPrepareStatementCount(), "statements for 20 conditional and 20 full reads");
        // The same read for a token is computed from the database: the count does see reads.
        As.admin().header("If-None-Match", etag).get(SCOREBOARD).then().statusCode(304);
        assertTrue(statistics.getPrepareStatementCount() > 0, "a computed read prepares statements");
    }

    @Test
    void theTagChangesExactlyWhenTheRepresentationDoes() {
        String district = "/api/v1/progress/BUD-REVENUE?orgUnit=058&asOf=2022&includeSubmitted=true";
        String province = "/api/v1/indicators/BUD-REVENUE";
        String districtTag = tagOf(district);
        String provinceTag = tagOf(province);
        assertEquals(districtTag, tagOf(district), "read twice, nothing written");

        importFigure(7123.5);
        String afterImport = tagOf(district);
        assertNotEquals(districtTag, afterImport, "the district's figure changed");
        given().get(district).then().body("evaluation.latest.value", equalTo(7123.5f));
        // The figures changed, so this was computed again, yet its bytes are the same: so is its tag.
        assertEquals(provinceTag, tagOf(province), "the province's detail did not change");

        importFigure(7123.5);
        assertEquals(afterImport, tagOf(district), "importing the same value again changes nothing");
        importFigure(7200);
        assertNotEquals(afterImport, tagOf(district), "another value is another representation");
    }

    @Test
    void publicReadsMayBeKeptByAnyCacheAndAnswersToATokenOnlyPrivately() {
        ExtractableResponse<Response> read = given().get("/api/v1/indicators").then().statusCode(200).extract();
        assertEquals("public, no-cache", read.header("Cache-Control"));
        assertEquals("Accept, Accept-Encoding", read.header("Vary"));
        String lastModified = read.header("Last-Modified");
        assertNotNull(lastModified);
        ZonedDateTime modified = ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME);

        given().header("If-None-Match", read.header("ETag")).get("/api/v1/indicators").then().statusCode(304)
                .header("ETag", read.header("ETag")).header("Cache-Control", read.header("Cache-Control"))
                .header("Last-Modified", lastModified);
        given().header("If-Modified-Since", lastModified).get("/api/v1/indicators").then().statusCode(304);
        given().header("If-Modified-Since", DateTimeFormatter.RFC_1123_DATE_TIME.format(modified.minusSeconds(1)))
                .get("/api/v1/indicators").then().statusCode(200);
        // If-None-Match decides when both are sent (RFC 9110 §13.2.2): a stale tag is a 200.
        given().header("If-None-Match", "\"stale\"").header("If-Modified-Since", lastModified)
                .get("/api/v1/indicators").then().statusCode(200);

        As.admin().get("/api/v1/indicators").then().statusCode(200).header("Cache-Control", "private, no-cache")
                .header("ETag", read.header("ETag"));
        As.admin().get("/api/v1/me").then().statusCode(200).header("Cache-Control", "private, no-cache");
    }

    @Test
    void aKeptReadIsSentGzippedWhenAcceptedAndItsTagIsTheSame() {
        String path = "/api/v1/indicators?domain=ECONOMY";
        ExtractableResponse<Response> plain = given()
                .config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .get(path).then().statusCode(200).extract();
        assertNull(plain.header("Content-Encoding"));
        for (int i = 0; i < 2; i++) { // the first may be the one that renders it; the second is kept
            ExtractableResponse<Response> gzipped = given().header("Accept-Encoding", "gzip").get(path).then()
                    .statusCode(200).header("Content-Encoding", "gzip").extract();
            assertArrayEquals(plain.asByteArray(), gzipped.asByteArray(), "the same bytes once decoded");
            assertEquals(plain.header("ETag"), gzipped.header("ETag"));
            assertEquals(plain.header("X-Total-Count"), gzipped.header("X-Total-Count"));
            assertEquals(plain.header("Link"), gzipped.header("Link"));
        }
        assertNull(given().header("Accept-Encoding", "gzip;q=0, identity")
                .config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .get(path).then().statusCode(200).extract().header("Content-Encoding"), "gzip refused");
    }

    private static String tagOf(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void onlyAWriteThatChangedDataNamesTheDatasetsItMovedForTheGateway() {
        String figure = "[{\"indicator\":\"BUD-REVENUE\",\"orgUnit\":\"058\",\"year\":2023,\"value\":6841.25}]";
        As.admin().contentType("application/json").body(figure).queryParam("dryRun", true)
                .post("/api/v1/observations/import").then().statusCode(200).header("Changed-Datasets", nullValue());
        As.admin().contentType("application/json").body("[{\"indicator\":\"NO-SUCH\",\"orgUnit\":\"059\","
                + "\"year\":2022,\"value\":1}]").post("/api/v1/observations/import").then().statusCode(422)
                .header("Changed-Datasets", nullValue());
        As.admin().contentType("application/json").body(figure).post("/api/v1/observations/import").then()
                .statusCode(200).header("Changed-Datasets", "figures");
        // The same figures again change nothing, so nothing is named.
        As.admin().contentType("application/json").body(figure).post("/api/v1/observations/import").then()
                .statusCode(200).header("Changed-Datasets", nullValue());
    }

    private static void importFigure(double value) {
        As.admin().contentType("application/json")
                .body("[{\"indicator\":\"BUD-REVENUE\",\"orgUnit\":\"058\",\"year\":2022,\"value\":" + value + "}]")
                .post("/api/v1/observations/import").then().statusCode(200);
    }
}
