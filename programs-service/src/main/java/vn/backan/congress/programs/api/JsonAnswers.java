package vn.backan.congress.programs.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Answers to creates, serialised here so an Idempotency-Key replay sends the very same bytes. */
@ApplicationScoped
public class JsonAnswers {

    @Inject
    ObjectMapper mapper;

    public Response created(String location, Object body, String etag) {
        return Response.created(URI.create(location)).type(MediaType.APPLICATION_JSON).entity(json(body))
                .header(HttpHeaders.ETAG, etag).build();
    }

    public String json(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
