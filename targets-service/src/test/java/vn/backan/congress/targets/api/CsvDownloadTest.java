package vn.backan.congress.targets.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.backan.congress.devkit.testing.As;

/** A download opens right in a spreadsheet, cannot run in one, and still re-imports as it is. */
@QuarkusTest
class CsvDownloadTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void aDownloadStartsWithTheUtf8ByteOrderMarkUnlessAskedNotTo() {
        byte[] withBom = given().queryParam("format", "csv").get("/api/v1/org-units").then().statusCode(200)
                .extract().asByteArray();
        assertTrue(Arrays.equals(BOM, Arrays.copyOf(withBom, 3)), "starts with EF BB BF");
        String text = new String(withBom, StandardCharsets.UTF_8);
        assertTrue(text.contains("Huyện Chợ Đồn"), text);
        byte[] without = given().queryParam("format", "csv").queryParam("bom", "false").get("/api/v1/org-units").then()
                .statusCode(200).extract().asByteArray();
        assertEquals('c', without[0]);
        given().queryParam("format", "csv").queryParam("bom", "no").get("/api/v1/org-units").then().statusCode(400)
                .body("errors[0].field", equalTo("bom"));
    }

    @Test
    void aFormulaIsNeutralisedOnTheWayOutAndTheExportReimportsUnchanged() {
        As.admin().body("[{\"indicator\":\"NRD-OCOP-3-4-STAR\",\"orgUnit\":\"065\",\"year\":2023,\"value\":3,"
                + "\"comment\":\"=1+1\",\"source\":\"@SUM(A1)\"}]").post("/api/v1/observations/import").then()
                .statusCode(200);
        String export = given().accept("text/csv").queryParam("indicator", "NRD-OCOP-3-4-STAR").queryParam("orgUnit", "065")
                .get("/api/v1/observations").then().statusCode(200).extract().asString();
        assertTrue(export.contains(",'@SUM(A1),'=1+1,"), export);
        As.admin().contentType("text/csv").body(export).post("/api/v1/observations/import").then().statusCode(200)
                .body("counts.unchanged", equalTo(1)).body("counts.updated", equalTo(0));
    }
}
