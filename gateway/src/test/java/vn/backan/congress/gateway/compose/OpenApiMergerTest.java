package vn.backan.congress.gateway.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.backan.congress.gateway.openapi.OpenApiMerger;

class OpenApiMergerTest {

    private static final JsonObject BASE = new JsonObject("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"t\"},\"paths\":{}}");

    @Test
    void twoServicesPublishingTheSameRoutedPathIsRefused() {
        JsonObject a = new JsonObject(StubDocuments.openApi("targets"));
        JsonObject b = new JsonObject(StubDocuments.openApi("programs"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> OpenApiMerger.merge(BASE, List.of(
                new OpenApiMerger.Source("targets", a, p -> p.startsWith("/api/v1/me")),
                new OpenApiMerger.Source("programs", b, p -> p.startsWith("/api/v1/me")))));
        assertTrue(e.getMessage().contains("/api/v1/me"), e.getMessage());
    }

    @Test
    void onlyRoutedPathsAreTakenAndTagsAreUnited() {
        JsonObject merged = OpenApiMerger.merge(BASE, List.of(
                new OpenApiMerger.Source("targets", new JsonObject(StubDocuments.openApi("targets")),
                        p -> p.equals("/api/v1/indicators")),
                new OpenApiMerger.Source("elections", new JsonObject(StubDocuments.openApi("elections")),
                        p -> p.equals("/api/v1/congress"))));
        assertEquals(java.util.Set.of("/api/v1/indicators", "/api/v1/congress"), merged.getJsonObject("paths").fieldNames());
        assertEquals(2, merged.getJsonArray("tags").size());
        // targets and elections define Entry identically: kept once, not renamed.
        assertEquals(java.util.Set.of("Entry", "LocalizedText"),
                merged.getJsonObject("components").getJsonObject("schemas").fieldNames());
    }
}
