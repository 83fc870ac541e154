package vn.backan.congress.commons.rest.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The headers successful answers carry, as the shared filters and {@code Writes} set them: a
 * strong {@code ETag} on every JSON read and write answer, what caches may do with a read
 * ({@code Cache-Control}, {@code Last-Modified}), {@code Location} on a 201, and the paging
 * headers on a page.
 */
final class ResponseHeaders {

    private ResponseHeaders() {
    }

    static void addTo(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations()
                .forEach(ResponseHeaders::addTo));
    }

    private static void addTo(PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (!status.startsWith("2") || response.getContent() == null
                    || response.getContent().getMediaType("application/json") == null) {
                return;
            }
            add(response, "ETag", "The representation's strong entity tag; writes to it send it back as If-Match", false);
            if (method == PathItem.HttpMethod.GET && "200".equals(status)) {
                add(response, "Cache-Control", "public, no-cache for a public read (any cache may keep it,"
                        + " revalidating with its ETag before each use); private, no-cache for an answer to a request"
                        + " with a token", false);
                add(response, "Last-Modified", "When the datasets this read is computed from last changed;"
                        + " If-Modified-Since is honoured", false);
            }
            if ("201".equals(status)) {
                add(response, "Location", "Where the created resource is read", true);
            }
            if (isPage(response)) {
                add(response, "Link", "RFC 8288 links to the first, previous, next and last pages", false);
                add(response, "X-Total-Count", "Items in all pages", false);
            }
        });
    }

    private static boolean isPage(APIResponse response) {
        Schema schema = response.getContent().getMediaType("application/json").getSchema();
        return schema != null && schema.getRef() != null && schema.getRef().endsWith("Page");
    }

    private static void add(APIResponse response, String name, String description, boolean required) {
        if (response.getHeaders() != null && response.getHeaders().containsKey(name)) {
            return;
        }
        Schema type = "X-Total-Count".equals(name)
                ? OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64").minimum(java.math.BigDecimal.ZERO)
                : OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(2048);
        Header header = OASFactory.createHeader().description(description).schema(type);
        if (required) {
            header.required(true);
        }
        response.addHeader(name, header);
    }
}
