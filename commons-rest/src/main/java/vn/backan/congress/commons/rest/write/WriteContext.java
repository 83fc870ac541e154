package vn.backan.congress.commons.rest.write;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.TreeSet;
import vn.backan.congress.commons.rest.security.Caller;
import vn.backan.congress.commons.web.RequestIds;

/**
 * What every write of one request shares: who asks, under which request id, on which path, and
 * when. One instant per request, kept to the millisecond as the database keeps it, so that the
 * answer to a write and the next read of it are the same bytes (and so have the same ETag).
 */
@RequestScoped
public class WriteContext {

    @Inject
    SecurityIdentity identity;

    @Inject
    HttpServerRequest request;

    @Inject
    Clock clock;

    private Caller caller;
    private Instant now;
    private final Set<String> changedDatasets = new TreeSet<>();

    public Caller caller() {
        if (caller == null) {
            caller = Caller.of(identity);
        }
        return caller;
    }

    /** The request id the request id filter set (or accepted); empty when there is none. */
    public String requestId() {
        String id = request.getHeader(RequestIds.HEADER);
        return id == null ? "" : id;
    }

    public String path() {
        return request.path();
    }

    /** Datasets this request's writes moved on: its answer names them for the gateway's kept reads. */
    public Set<String> changedDatasets() {
        return changedDatasets;
    }

    void changed(Set<String> datasets) {
        changedDatasets.addAll(datasets);
    }

    public Instant now() {
        if (now == null) {
            now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        }
        return now;
    }
}
