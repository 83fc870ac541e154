package vn.backan.congress.commons.rest.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Writes the error half of every operation into the published contract: the problem+json
 * responses the shared exception mappers really produce for it, each with an example, and the
 * {@code Problem} schema they share. Declared once here rather than on every resource method, so
 * no operation can forget them. A response Quarkus added without a body (its 401, 403 and 400
 * for secured or validated methods) is replaced; one a resource declared with a body is kept.
 */
final class ProblemResponses {

    static final String MEDIA_TYPE = "application/problem+json";

    private ProblemResponses() {
    }

    static void addTo(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", ProblemSchema.schema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> addResponses(path, method, operation)));
    }

    private static void addResponses(String path, PathItem.HttpMethod method, Operation operation) {
        boolean write = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH;
        add(operation, "400", "The request could not be read: a parameter or the body is malformed or invalid", path);
        if (path.contains("{")) {
            add(operation, "404", "Nothing has that identifier", path);
        }
        if (write) {
            add(operation, "401", "No valid token (send Authorization: Bearer ...)", path);
            add(operation, "403", "The token's role or org unit may not do this", path);
            add(operation, "409", "It conflicts with what is stored (e.g. the identifier is taken)", path);
            add(operation, "422", "Well formed, but the rules refuse it; detail says which and why", path);
        }
        if (method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.PUT || takesIfMatch(operation)) {
            add(operation, "412", "If-Match names a version that is no longer current: read again", path);
            add(operation, "428", "If-Match is required: send the ETag you read", path);
        }
        add(operation, "500", "An unexpected failure; the body carries the request id to report", path);
    }

    /** A POST that changes an existing resource (a lifecycle step) reads If-Match like a PATCH does. */
    private static boolean takesIfMatch(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()));
    }

    private static void add(Operation operation, String status, String description, String path) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponse declared = operation.getResponses().getAPIResponse(status);
        if (declared != null && declared.getContent() != null) {
            return;
        }
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem"))
                        .example(ProblemSchema.example(Integer.parseInt(status), path))));
        operation.getResponses().addAPIResponse(status, response);
    }

    /** Kept apart so the filter reads as the list of responses. */
    static final class ProblemSchema {

        static final String TRACE_ID_EXAMPLE = "4bf92f3577b34da6a3ce929d0e0e4736";

        private ProblemSchema() {
        }

        static Schema schema() {
            Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
            return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                    .description("RFC 9457 problem details, the body of every error")
                    .addRequired("type").addRequired("title").addRequired("status")
                    .addProperty("type", text).addProperty("title", text)
                    .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                            .format("int32").minimum(java.math.BigDecimal.valueOf(100))
                            .maximum(java.math.BigDecimal.valueOf(599)))
                    .addProperty("detail", text).addProperty("instance", text).addProperty("requestId", text)
                    .addProperty("traceId", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                            .description("The W3C trace id of the request, as the logs and traces name it")
                            .pattern("^[0-9a-f]{32}$"))
                    .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                            .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                    .addProperty("field", text).addProperty("message", text)));
        }

        static Map<String, Object> example(int status, String path) {
            String type = switch (status) {
                case 400 -> "urn:backan-congress:problem:validation";
                case 409 -> "urn:backan-congress:problem:conflict";
                case 412 -> "urn:backan-congress:problem:precondition-failed";
                case 422 -> "urn:backan-congress:problem:unprocessable";
                case 428 -> "urn:backan-congress:problem:precondition-required";
                case 500 -> "urn:backan-congress:problem:internal";
                default -> "about:blank";
            };
            // In a fixed order (Map.of's varies from run to run), so the contract is the same bytes every time.
            Map<String, Object> example = new java.util.LinkedHashMap<>();
            example.put("type", type);
            example.put("title", vn.backan.congress.commons.problem.Problems.titleFor(status));
            example.put("status", status);
            example.put("instance", path);
            example.put("requestId", "3f1c9a2b7d");
            example.put("traceId", TRACE_ID_EXAMPLE);
            return example;
        }
    }
}
