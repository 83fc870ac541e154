package vn.backan.congress.commons.rest.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import vn.backan.congress.commons.etag.ETags;
import vn.backan.congress.commons.rest.cache.DatasetVersions;
import vn.backan.congress.commons.rest.security.Caller;
import vn.backan.congress.commons.rest.store.ChangeFeed;
import vn.backan.congress.commons.rest.store.ChangeLog;

/**
 * What a use case needs to write: who asks and when (from the {@link WriteContext}), a transaction,
 * and {@link #record}, the one call that says what changed. No HTTP here: a use case returns its
 * result, and the resource (with {@code WriteAnswers}) makes the answer.
 */
@ApplicationScoped
public class Writes {

    @Inject
    WriteContext context;

    @Inject
    ChangeLog changeLog;

    @Inject
    DatasetVersions versions;

    @Inject
    ChangeFeed feed;

    @Inject
    ObjectMapper mapper;

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

    /** Runs {@code work} in the current transaction, or in a new one when there is none. */
    public <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.joiningExisting().call(work::get);
    }

    /**
     * What this write changed, in this transaction: each logged change goes into the change log with
     * the caller and the request, each change into the changes feed in the order given, and the
     * datasets of their kinds move on, so cached reads of them are made again from the next read on.
     */
    public void record(List<Change> changes) {
        Set<String> datasets = new LinkedHashSet<>();
        for (Change c : changes) {
            if (c.action() != null) {
                changeLog.record(c.kind().type(), c.key(), c.action(), context.caller().name(), context.requestId(),
                        c.before(), c.after());
            }
            datasets.add(c.kind().dataset());
        }
        // Dataset rows before the feed's clock row: every write takes those locks in the same order.
        datasets.forEach(d -> versions.bump(d, context.now()));
        feedInRuns(changes);
        context.changed(datasets);
    }

    public void record(Change... changes) {
        record(List.of(changes));
    }

    /** Every change of one entity, oldest first. */
    public List<ChangeLog.Entry> history(EntityKind kind, Object entityKey) {
        return changeLog.of(kind.type(), String.valueOf(entityKey));
    }

    /** The strong ETag of this representation, as its read carries it: what If-Match must quote. */
    public String etag(Object representation) {
        try {
            return ETags.ofBytes(mapper.writeValueAsString(representation).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One feed call per run of changes of the same type and action: one move of the feed's clock each. */
    private void feedInRuns(List<Change> changes) {
        List<String> run = new ArrayList<>();
        Change first = null;
        for (Change c : changes) {
            if (first != null && !(first.kind().type().equals(c.kind().type()) && first.feed() == c.feed())) {
                feed.record(first.kind().type(), run, first.feed(), context.now());
                run = new ArrayList<>();
            }
            if (run.isEmpty()) {
                first = c;
            }
            run.add(c.key());
        }
        if (first != null) {
            feed.record(first.kind().type(), run, first.feed(), context.now());
        }
    }
}
