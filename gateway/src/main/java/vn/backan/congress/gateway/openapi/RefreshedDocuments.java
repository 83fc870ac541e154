package vn.backan.congress.gateway.openapi;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Each service's document, asked for at most once per refresh period whatever the outcome, and by
 * one fetch at a time. Without that, every {@code /openapi} request while a service hangs or fails
 * started one more fetch of it, and enough of them filled the reader's pool that the overview also
 * uses. A failed fetch is remembered like a good one: until the next refresh the last good document
 * (if any) is served, or the failure, without asking again.
 */
final class RefreshedDocuments {

    /** What the last fetch left: the last good document (null if none yet), its failure if it failed, and when. */
    private record Known(JsonObject document, Throwable failure, long atMillis) {
    }

    private final Function<String, Future<JsonObject>> fetch;
    private final long refreshMillis;
    private final LongSupplier clock;
    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private final Map<String, Future<JsonObject>> inFlight = new ConcurrentHashMap<>();

    RefreshedDocuments(Function<String, Future<JsonObject>> fetch, Duration refresh, LongSupplier clock) {
        this.fetch = fetch;
        this.refreshMillis = refresh.toMillis();
        this.clock = clock;
    }

    Future<JsonObject> get(String service) {
        Known last = known.get(service);
        if (fresh(last)) {
            return answer(last);
        }
        Promise<JsonObject> mine = Promise.promise();
        Future<JsonObject> running = inFlight.putIfAbsent(service, mine.future());
        if (running != null) {
            return running;
        }
        // Another fetch may have ended between the first look and taking the slot: no need for a new one.
        Known latest = known.get(service);
        if (fresh(latest)) {
            inFlight.remove(service, mine.future());
            mine.handle(answer(latest));
            return mine.future();
        }
        Future<JsonObject> fetched;
        try {
            fetched = fetch.apply(service);
        } catch (RuntimeException e) {
            fetched = Future.failedFuture(e);
        }
        fetched.onComplete(result -> {
            Known next = result.succeeded() ? new Known(result.result(), null, clock.getAsLong())
                    : new Known(latest == null ? null : latest.document(), result.cause(), clock.getAsLong());
            known.put(service, next);
            inFlight.remove(service, mine.future());
            mine.handle(answer(next));
        });
        return mine.future();
    }

    /** Forgets every document and failure, so the next request asks the services again. */
    void clear() {
        known.clear();
    }

    private boolean fresh(Known k) {
        return k != null && clock.getAsLong() - k.atMillis() < refreshMillis;
    }

    private static Future<JsonObject> answer(Known k) {
        return k.document() != null ? Future.succeededFuture(k.document()) : Future.failedFuture(k.failure());
    }
}
