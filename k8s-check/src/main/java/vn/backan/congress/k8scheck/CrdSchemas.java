package vn.backan.congress.k8scheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The schemas of the mariadb-operator CRDs (standards/mariadb-operator, put on the classpath by the
 * pom). The API server drops a field its schema does not name without a word, so every object
 * schema that lists its properties is closed here: a misspelled field is an error, as
 * {@link UnknownFields} makes it for the built-in kinds. The Kubernetes extensions become plain
 * JSON Schema (draft 4, which OpenAPI 3.0 schemas follow).
 */
public final class CrdSchemas {

    public static final String API_VERSION = "k8s.mariadb.com/v1alpha1";
    private static final List<String> PLURALS = List.of("mariadbs", "databases", "users", "grants", "backups",
            "restores", "physicalbackups", "pointintimerecoveries");
    private static final Map<String, JsonSchema> BY_KIND = load();

    private CrdSchemas() {
    }

    public static boolean knows(String apiVersion, String kind) {
        return API_VERSION.equals(apiVersion) && BY_KIND.containsKey(kind);
    }

    /** What is wrong with the object, each message naming the field's path; empty when it is valid. */
    public static List<String> violations(JsonNode object) {
        JsonSchema schema = BY_KIND.get(object.path("kind").asText());
        return schema.validate(object).stream().map(CrdSchemas::describe).sorted().toList();
    }

    private static String describe(ValidationMessage m) {
        String path = m.getInstanceLocation().toString().replaceFirst("^\\$\\.?", "");
        if ("additionalProperties".equals(m.getType())) {
            return "unknown field " + (path.isEmpty() ? "" : path + ".") + m.getProperty();
        }
        return (path.isEmpty() ? "" : path + ": ") + m.getMessage().replaceFirst("^\\$[^:]*: ", "");
    }

    private static Map<String, JsonSchema> load() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        Map<String, JsonSchema> schemas = new HashMap<>();
        for (String plural : PLURALS) {
            JsonNode crd = read("/mariadb-operator/k8s.mariadb.com_" + plural + ".yaml");
            for (JsonNode version : crd.path("spec").path("versions")) {
                if (version.path("served").asBoolean() && API_VERSION.endsWith("/" + version.path("name").asText())) {
                    ObjectNode schema = version.path("schema").path("openAPIV3Schema").deepCopy();
                    schemas.put(crd.path("spec").path("names").path("kind").asText(),
                            factory.getSchema(toJsonSchema(schema)));
                }
            }
        }
        return Map.copyOf(schemas);
    }

    private static JsonNode read(String resource) {
        try (InputStream in = CrdSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the classpath (standards/mariadb-operator)");
            }
            return Yaml.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites one schema node and everything under it, in place. */
    static ObjectNode toJsonSchema(ObjectNode schema) {
        if (schema.path("x-kubernetes-int-or-string").asBoolean()) {
            schema.remove("type");
            ArrayNode anyOf = schema.putArray("anyOf");
            anyOf.addObject().put("type", "integer");
            anyOf.addObject().put("type", "string");
        }
        if (schema.path("nullable").asBoolean() && schema.path("type").isTextual()) {
            schema.putArray("type").add(schema.path("type").asText()).add("null");
        }
        boolean open = schema.has("additionalProperties")
                || schema.path("x-kubernetes-preserve-unknown-fields").asBoolean();
        if (schema.has("properties") && !open) {
            schema.put("additionalProperties", false);
        }
        schema.remove("nullable");
        for (Iterator<String> names = schema.fieldNames(); names.hasNext();) {
            if (names.next().startsWith("x-kubernetes-")) {
                names.remove();
            }
        }
        schema.path("properties").forEach(p -> toJsonSchema((ObjectNode) p));
        for (String key : List.of("items", "additionalProperties", "not")) {
            if (schema.path(key).isObject()) {
                toJsonSchema((ObjectNode) schema.get(key));
            }
        }
        for (String key : List.of("anyOf", "allOf", "oneOf")) {
            schema.path(key).forEach(s -> toJsonSchema((ObjectNode) s));
        }
        return schema;
    }
}
