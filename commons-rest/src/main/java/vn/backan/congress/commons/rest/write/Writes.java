package vn.backan.congress.commons.rest.write;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import vn.backan.congress.commons.etag.ETags;
import vn.backan.congress.commons.rest.cache.DatasetVersions;
import vn.backan.congress.commons.rest.security.Caller;
import vn.backan.congress.commons.rest.store.ChangeFeed;
import vn.backan.congress.commons.rest.store.ChangeLog;
import vn.backan.congress.commons.rest.store.IdempotentRequests;
import vn.backan.congress.commons.rest.web.JsonAnswers;

/**
 * The one way a use case writes: in a transaction, once per Idempotency-Key when it creates, with
 * a change-log entry that names the caller and the request, and with a JSON answer whose ETag is
 * the one the next read serves. The use case says only what it does; who, when and under which
 * request come from the {@link WriteContext}, the answer's bytes from {@link JsonAnswers}.
 */
@ApplicationScoped
public class Writes {

    @Inject
    WriteContext context;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    ChangeLog changeLog;

    @Inject
    JsonAnswers answers;

    @Inject
    DatasetVersions versions;

    @Inject
    ChangeFeed feed;

    public Caller caller() {
        return context.caller();
    }

    /** This request's one instant, to the millisecond. */
    public Instant now() {
        return context.now();
    }

    public String requestId() {
        return context.requestId();
    }

    public String path() {
        return context.path();
    }

    /** Runs {@code work} in the current transaction, or in a new one when there is none. */
    public <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.joiningExisting().call(work::get);
    }

    /**
     * A create or an import, in one transaction with its stored answer: a replay of
     * {@code key} by the same caller gets the first answer back, the same key with another
     * {@code request} is a 422, and without a key it simply runs. {@code request} describes the
     * request (method, path, body) as the replay check compares it.
     */
    public Response once(String key, String request, Supplier<Response> write) {
        return inTransaction(() -> idempotent.once(context.caller().name(), key, request, write));
    }

    /**
     * A dry run of a create: a key this caller already used for the same request replays that
     * answer, as {@link #once} would; otherwise {@code check} runs, and its answer is not stored.
     */
    public Response dryRun(String key, String request, Supplier<Response> check) {
        return inTransaction(() -> idempotent.replay(context.caller().name(), key, ETags.ofText(request))
                .orElseGet(check));
    }

    /** Whether this caller's key already has an answer, so work before {@link #once} can be skipped. */
    public boolean answered(String key) {
        return idempotent.answered(context.caller().name(), key);
    }

    /** This request's change of one entity, with the values before and after (either may be null). */
    public void log(String entityType, Object entityKey, String action, Object before, Object after) {
        changeLog.record(entityType, String.valueOf(entityKey), action, context.caller().name(), context.requestId(),
                before, after);
    }

    /**
     * This request changed {@code dataset}: its version moves on in this transaction, so cached
     * reads of it are made again from the next read on. Every write that changes a dataset says so.
     */
    public void changed(String dataset) {
        versions.bump(dataset, context.now());
    }

    /** These entities changed: their entries in the change feed, in this transaction, in commit order. */
    public void feed(String entityType, List<String> keys, ChangeFeed.Action action) {
        feed.record(entityType, keys, action, context.now());
    }

    /** Every change of one entity, oldest first. */
    public List<ChangeLog.Entry> history(String entityType, Object entityKey) {
        return changeLog.of(entityType, String.valueOf(entityKey));
    }

    public Response created(String location, Object body) {
        return answers.created(location, body);
    }

    public Response ok(Object body) {
        return answers.ok(body);
    }

    /** The strong ETag of this representation, as its read would carry it. */
    public String etag(Object body) {
        return answers.etag(body);
    }

    /** The body as JSON: what the replay check of {@link #once} compares. */
    public String json(Object body) {
        return answers.json(body);
    }
}
