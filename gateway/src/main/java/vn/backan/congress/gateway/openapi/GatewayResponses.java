package vn.backan.congress.gateway.openapi;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;

/**
 * What the gateway adds to every answer it passes on or makes, written into the merged contract:
 * the {@code RateLimit-*} headers (IETF httpapi draft, as {@code RateLimiter} sets them), the 429
 * it answers past the limit, and {@code Access-Control-Allow-Origin} for allowed browser origins.
 */
final class GatewayResponses {

    private static final String HEADERS = "#/components/headers/";
    private static final List<String> RATE_LIMIT = List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");
    private static final String CORS = "Access-Control-Allow-Origin";
    private static final Set<String> METHODS = Set.of("get", "head", "post", "put", "patch", "delete", "options");

    private GatewayResponses() {
    }

    /** {@code contract} must hold the gateway's {@code components.responses.TooManyRequests}. */
    static void addTo(JsonObject contract) {
        JsonObject components = contract.getJsonObject("components");
        components.put("headers", definitions());
        components.getJsonObject("responses", new JsonObject()).forEach(entry -> decorate("4xx", (JsonObject) entry.getValue()));
        contract.getJsonObject("paths").forEach(path -> ((JsonObject) path.getValue()).forEach(entry -> {
            if (METHODS.contains(entry.getKey())) {
                decorate((JsonObject) entry.getValue());
            }
        }));
    }

    private static void decorate(JsonObject operation) {
        JsonObject responses = operation.getJsonObject("responses");
        if (!responses.containsKey("429")) {
            responses.put("429", new JsonObject().put("$ref", "#/components/responses/TooManyRequests"));
        }
        // A response by reference is decorated where it is defined, in components.responses.
        responses.forEach(entry -> {
            JsonObject response = (JsonObject) entry.getValue();
            if (!response.containsKey("$ref")) {
                decorate(entry.getKey(), response);
            }
        });
    }

    private static void decorate(String status, JsonObject response) {
        JsonObject headers = response.getJsonObject("headers", new JsonObject());
        if (status.startsWith("2") || status.startsWith("4")) {
            RATE_LIMIT.forEach(name -> headers.put(name, ref(name)));
        }
        headers.put(CORS, ref(CORS));
        response.put("headers", headers);
    }

    private static JsonObject definitions() {
        return new JsonObject()
                .put("RateLimit-Limit", header("Requests this client may make in a burst", integer(1_000_000)))
                .put("RateLimit-Remaining", header("Requests left in the current burst", integer(1_000_000)))
                .put("RateLimit-Reset", header("Seconds until the allowance is whole again", integer(86_400)))
                .put("Retry-After", header("Seconds to wait before trying again", integer(86_400)))
                .put(CORS, header("On a browser's request (one with Origin): that Origin for reads; for writes, only"
                        + " when it is one of gateway.cors.write-origins",
                        new JsonObject().put("type", "string").put("maxLength", 2048).put("format", "uri")));
    }

    private static JsonObject header(String description, JsonObject schema) {
        return new JsonObject().put("description", description).put("schema", schema);
    }

    private static JsonObject integer(int maximum) {
        return new JsonObject().put("type", "integer").put("format", "int32").put("minimum", 0).put("maximum", maximum);
    }

    private static JsonObject ref(String name) {
        return new JsonObject().put("$ref", HEADERS + name);
    }
}
