package vn.backan.congress.elections.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Write answers serialised here, once, so an Idempotency-Key replay sends the same bytes. A write
 * that answers with the contest carries its ETag (the row version): what the next If-Match sends.
 */
@ApplicationScoped
public class JsonAnswers {

    @Inject
    ObjectMapper mapper;

    /** A 201; {@code etag} is null when the created thing is not the contest (a sheet version). */
    public Response created(String location, Object body, String etag) {
        Response.ResponseBuilder answer = Response.created(URI.create(location)).type(MediaType.APPLICATION_JSON)
                .entity(json(body));
        return (etag == null ? answer : answer.header(HttpHeaders.ETAG, etag)).build();
    }

    public Response ok(Object body, String contestETag) {
        return Response.ok(json(body)).type(MediaType.APPLICATION_JSON).header(HttpHeaders.ETAG, contestETag).build();
    }

    public String json(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
