package vn.backan.congress.commons.rest.etag;

import vn.backan.congress.commons.etag.ETags;
import vn.backan.congress.commons.rest.cache.ReadCaching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;

/**
 * Gives every successful read a strong ETag and answers {@code If-None-Match} with 304, so no
 * resource has to remember to. The body is serialised once here and the bytes are what is sent,
 * so the tag always describes exactly what the client received. An answer that already carries a
 * tag (WriteAnswers, which hashes the same way) keeps it. Every read also says how caches may
 * keep it ({@link ReadCaching}), and what a cached read renders is kept there.
 */
@Provider
public class ETagFilter implements ContainerResponseFilter {

    @Inject
    ObjectMapper mapper;

    @Inject
    ReadCaching caching;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response)
            throws JsonProcessingException {
        String method = request.getMethod();
        if (!(method.equals("GET") || method.equals("HEAD")) || response.getStatus() != 200
                || !response.hasEntity()) {
            return;
        }
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        byte[] body = bytesOf(response);
        if (etag == null) {
            if (body == null) {
                return;
            }
            etag = ETags.ofBytes(body);
            response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        }
        if (response.getHeaderString(HttpHeaders.VARY) == null) {
            response.getHeaders().putSingle(HttpHeaders.VARY, "Accept, Accept-Encoding");
        }
        caching.describe(request, response);
        if (body != null) {
            caching.keep(request, response, body, etag);
        }
        if (ReadCaching.notModified(request, etag)) {
            response.setStatus(304);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_ENCODING);
        }
    }

    /**
     * The bytes that will be sent, or null for bodies that stream and cannot be tagged up front.
     * A POJO is serialised here, once, and the bytes replace it as the entity, so the tag is the
     * tag of what goes on the wire.
     */
    private byte[] bytesOf(ContainerResponseContext response) throws JsonProcessingException {
        Object entity = response.getEntity();
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        MediaType type = response.getMediaType();
        // No type yet means content negotiation will pick the resource's @Produces: JSON here.
        if (type == null || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            byte[] json = mapper.writeValueAsBytes(entity);
            response.setEntity(json, response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
            return json;
        }
        return null;
    }
}
