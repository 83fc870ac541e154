package vn.backan.congress.commons.rest.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import vn.backan.congress.commons.rest.store.IdempotentRequests;
import vn.backan.congress.commons.text.Codes;

/**
 * Bounds the server already enforces below the resource methods, stated where the Java types
 * cannot say them: a path or query text is cut by the request-line limit (414 beyond), a header
 * by the header limit (431), an Idempotency-Key by its own rule (400), a code by its pattern and
 * a date by its format (400 otherwise).
 */
final class StatedBounds {

    /** quarkus.http.limits.max-initial-line-length and max-header-size, as commons leaves them. */
    static final int REQUEST_LINE = 4096;
    static final int HEADERS = 20 * 1024;
    private static final Map<String, Integer> FORMAT_LENGTHS = Map.of("date", 10, "date-time", 35);

    private StatedBounds() {
    }

    static void addTo(OpenAPI openAPI) {
        if (openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(StatedBounds::walk);
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getParameters() != null) {
                op.getParameters().forEach(StatedBounds::bound);
            }
            if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                op.getRequestBody().getContent().getMediaTypes().values().forEach(media -> walk(media.getSchema()));
            }
        }));
    }

    private static void bound(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema == null || !isString(schema) || bounded(schema)) {
            walk(schema);
            return;
        }
        if (IdempotentRequests.HEADER.equals(parameter.getName())) {
            schema.maxLength(128).pattern("^[!-~]{1,128}$");
        } else if (parameter.getIn() == Parameter.In.HEADER) {
            schema.maxLength(HEADERS);
        } else {
            schema.maxLength(REQUEST_LINE);
        }
    }

    /** Codes and dates wherever they appear, in bodies and components too. */
    private static void walk(Schema schema) {
        if (schema == null) {
            return;
        }
        if (isString(schema) && !bounded(schema)) {
            if (Codes.CODE.equals(schema.getPattern())) {
                schema.maxLength(64);
            } else if (schema.getFormat() != null && FORMAT_LENGTHS.containsKey(schema.getFormat())) {
                schema.maxLength(FORMAT_LENGTHS.get(schema.getFormat()));
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(StatedBounds::walk);
        }
        walk(schema.getItems());
    }

    private static boolean isString(Schema schema) {
        return schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING);
    }

    private static boolean bounded(Schema schema) {
        return schema.getMaxLength() != null || schema.getEnumeration() != null || schema.getConstValue() != null;
    }
}
