package vn.backan.congress.commons.rest.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import vn.backan.congress.commons.etag.ETags;

/**
 * JSON answers to writes, shared by the services. Serialised here, once: a create's bytes are
 * what an Idempotency-Key replay sends, and the ETag is the hash of those bytes, exactly as the
 * ETag filter computes it for a GET of the same representation, so the tag a write answers with
 * is the one the next read serves and If-Match checks.
 */
@ApplicationScoped
public class JsonAnswers {

    @Inject
    ObjectMapper mapper;

    public Response created(String location, Object body) {
        String json = json(body);
        return Response.created(URI.create(location)).type(MediaType.APPLICATION_JSON).entity(json)
                .header(HttpHeaders.ETAG, ETags.ofText(json)).build();
    }

    public Response ok(Object body) {
        String json = json(body);
        return Response.ok(json).type(MediaType.APPLICATION_JSON).header(HttpHeaders.ETAG, ETags.ofText(json)).build();
    }

    /** The strong ETag of this representation. */
    public String etag(Object body) {
        return ETags.ofBytes(json(body).getBytes(StandardCharsets.UTF_8));
    }

    public String json(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
