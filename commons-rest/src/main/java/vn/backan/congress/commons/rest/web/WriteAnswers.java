package vn.backan.congress.commons.rest.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import vn.backan.congress.commons.etag.ETags;
import vn.backan.congress.commons.rest.store.IdempotentRequests;
import vn.backan.congress.commons.rest.store.IdempotentRequests.Answer;
import vn.backan.congress.commons.rest.write.WriteContext;

/**
 * How a resource answers a write. The body is serialised here, once: its bytes are what an
 * Idempotency-Key replay sends again, and its ETag is the hash of those bytes, exactly as the ETag
 * filter tags a GET of the same representation, so the tag a write answers with is the one the next
 * read serves and If-Match checks. A create or import runs through {@link #once}: the use case, the
 * answer and its stored copy commit in one transaction.
 */
@ApplicationScoped
public class WriteAnswers {

    @Inject
    ObjectMapper mapper;

    @Inject
    WriteContext context;

    /** Looked up when first used: answers to plain writes need no database. */
    @Inject
    Instance<IdempotentRequests> idempotent;

    /** 200 with this representation and its ETag. */
    public Answer ok(Object body) {
        return json(200, MediaType.APPLICATION_JSON, body, null);
    }

    /** The answer to a change of an existing resource: 200 with its new representation and ETag. */
    public Response changed(Object body) {
        return response(ok(body));
    }

    /** 201 naming the new resource, with its representation and ETag. */
    public Answer created(String location, Object body) {
        return json(201, MediaType.APPLICATION_JSON, body, location);
    }

    /** Any status and media type, with the body serialised as JSON (a problem carrying a report, say). */
    public Answer json(int status, String mediaType, Object body) {
        String json = json(body);
        return new Answer(status, mediaType, json, null, null);
    }

    /**
     * A create or an import, in one transaction with its stored answer: a replay of {@code key} by
     * the same caller gets the first answer back, the same key with another {@code request} is a
     * 422, and without a key it simply runs. {@code request} describes the request (method, path,
     * body) as the replay check compares it.
     */
    public Response once(String key, String request, Supplier<Answer> write) {
        return QuarkusTransaction.joiningExisting().call(() -> response(
                idempotent.get().once(context.caller().name(), key, request, write)));
    }

    /**
     * A dry run of a create: a key this caller already used for the same request replays that
     * answer, as {@link #once} would; otherwise {@code check} runs, and its answer is not stored.
     */
    public Response dryRun(String key, String request, Supplier<Answer> check) {
        return response(QuarkusTransaction.joiningExisting().call(() -> idempotent.get()
                .replay(context.caller().name(), key, ETags.ofText(request))
                .orElseGet(check)));
    }

    /** The request's path and id, for a problem body an answer carries. */
    public String path() {
        return context.path();
    }

    public String requestId() {
        return context.requestId();
    }

    /** Whether this caller's key already has an answer, so work before {@link #once} can be skipped. */
    public boolean answered(String key) {
        return idempotent.get().answered(context.caller().name(), key);
    }

    /** The HTTP answer: status, media type, the stored bytes, Location and ETag, and whether it is a replay. */
    public Response response(Answer answer) {
        Response.ResponseBuilder response = Response.status(answer.status()).type(answer.mediaType())
                .entity(answer.body());
        if (answer.location() != null) {
            response.header(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.etag() != null) {
            response.header(HttpHeaders.ETAG, answer.etag());
        }
        if (answer.replayed()) {
            response.header(IdempotentRequests.REPLAYED_HEADER, "true");
        }
        return response.build();
    }

    /** The body as JSON: what the replay check compares, and what an answer sends. */
    public String json(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Answer json(int status, String mediaType, Object body, String location) {
        String json = json(body);
        return new Answer(status, mediaType, json, location, ETags.ofText(json));
    }
}
