package vn.backan.congress.gateway.openapi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Merges the services' OpenAPI documents into the gateway's one contract. Pure: documents in,
 * document out. A service contributes only the paths the gateway routes to it (every service
 * serves {@code /api/v1/me}, but the gateway sends it to one). Schemas with the same name and the
 * same definition are kept once; a name two services define differently is prefixed with the
 * service's name, and that service's references follow, so nothing clashes and nothing is lost.
 */
public final class OpenApiMerger {

    private static final String SCHEMA_REF = "#/components/schemas/";

    /** One service's document and the test for which of its paths the gateway exposes. */
    public record Source(String service, JsonObject document, Predicate<String> routed) {
    }

    private OpenApiMerger() {
    }

    public static JsonObject merge(JsonObject base, List<Source> sources) {
        JsonObject merged = base.copy();
        JsonObject paths = merged.getJsonObject("paths", new JsonObject());
        JsonObject schemas = new JsonObject();
        JsonObject securitySchemes = new JsonObject();
        Map<String, JsonObject> tags = new LinkedHashMap<>();
        collect(merged, tags);
        schemas.mergeIn(merged.getJsonObject("components", new JsonObject()).getJsonObject("schemas", new JsonObject()));
        for (Source source : sources) {
            JsonObject doc = renameClashingSchemas(source, schemas);
            doc.getJsonObject("paths", new JsonObject()).forEach(path -> {
                if (!source.routed().test(path.getKey())) {
                    return;
                }
                if (paths.containsKey(path.getKey())) {
                    throw new IllegalStateException(path.getKey() + " is published by " + source.service()
                            + " and by another document");
                }
                paths.put(path.getKey(), path.getValue());
            });
            JsonObject components = doc.getJsonObject("components", new JsonObject());
            schemas.mergeIn(components.getJsonObject("schemas", new JsonObject()));
            securitySchemes.mergeIn(components.getJsonObject("securitySchemes", new JsonObject()));
            collect(doc, tags);
        }
        merged.put("paths", paths);
        JsonObject components = merged.getJsonObject("components", new JsonObject());
        components.put("schemas", schemas);
        if (!securitySchemes.isEmpty()) {
            components.put("securitySchemes", securitySchemes);
        }
        merged.put("components", components);
        merged.put("tags", new JsonArray(new ArrayList<>(tags.values())));
        return merged;
    }

    /** The service's document with every schema whose name is taken by a different definition renamed. */
    private static JsonObject renameClashingSchemas(Source source, JsonObject known) {
        JsonObject doc = source.document().copy();
        JsonObject own = doc.getJsonObject("components", new JsonObject()).getJsonObject("schemas", new JsonObject());
        Map<String, String> renames = new LinkedHashMap<>();
        for (String name : own.fieldNames()) {
            if (known.containsKey(name) && !known.getValue(name).equals(own.getValue(name))) {
                renames.put(name, prefix(source.service()) + name);
            }
        }
        if (renames.isEmpty()) {
            return doc;
        }
        String text = doc.encode();
        for (var rename : renames.entrySet()) {
            text = text.replace("\"" + SCHEMA_REF + rename.getKey() + "\"", "\"" + SCHEMA_REF + rename.getValue() + "\"");
        }
        JsonObject renamed = new JsonObject(text);
        JsonObject schemas = renamed.getJsonObject("components").getJsonObject("schemas");
        renames.forEach((from, to) -> schemas.put(to, schemas.remove(from)));
        return renamed;
    }

    private static void collect(JsonObject doc, Map<String, JsonObject> tags) {
        JsonArray list = doc.getJsonArray("tags", new JsonArray());
        for (int i = 0; i < list.size(); i++) {
            JsonObject tag = list.getJsonObject(i);
            tags.putIfAbsent(tag.getString("name"), tag);
        }
    }

    private static String prefix(String service) {
        return Character.toUpperCase(service.charAt(0)) + service.substring(1);
    }
}
