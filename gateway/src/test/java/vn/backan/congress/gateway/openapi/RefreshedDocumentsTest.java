package vn.backan.congress.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The fetches are promises the test completes itself and the clock is the test's: nothing depends on timing. */
class RefreshedDocumentsTest {

    private static final JsonObject DOC = new JsonObject().put("openapi", "3.1.0");

    private final AtomicLong now = new AtomicLong(1_000);
    private final List<Promise<JsonObject>> fetches = new ArrayList<>();
    private final RefreshedDocuments documents = new RefreshedDocuments(service -> {
        Promise<JsonObject> fetch = Promise.promise();
        fetches.add(fetch);
        return fetch.future();
    }, Duration.ofSeconds(60), now::get);

    @Test
    void requestsWhileAFetchIsRunningShareIt() {
        Future<JsonObject> first = documents.get("targets");
        Future<JsonObject> second = documents.get("targets");
        assertEquals(1, fetches.size());
        assertFalse(first.isComplete());
        fetches.get(0).complete(DOC);
        assertSame(DOC, first.result());
        assertSame(DOC, second.result());
        // Another service is fetched on its own.
        documents.get("programs");
        assertEquals(2, fetches.size());
    }

    @Test
    void aFailureIsRememberedUntilTheNextRefresh() {
        Future<JsonObject> first = documents.get("targets");
        fetches.get(0).fail(new IllegalStateException("targets answered 500"));
        assertTrue(first.failed());
        now.addAndGet(59_000);
        Future<JsonObject> again = documents.get("targets");
        assertEquals("targets answered 500", again.cause().getMessage());
        assertEquals(1, fetches.size());
        now.addAndGet(1_000);
        documents.get("targets");
        assertEquals(2, fetches.size());
    }

    @Test
    void afterAFailedRefreshTheLastGoodDocumentIsServedWithoutAskingAgain() {
        documents.get("targets");
        fetches.get(0).complete(DOC);
        now.addAndGet(60_000);
        Future<JsonObject> refreshed = documents.get("targets");
        fetches.get(1).fail(new IllegalStateException("reset"));
        assertSame(DOC, refreshed.result());
        assertSame(DOC, documents.get("targets").result());
        assertEquals(2, fetches.size());
    }

    @Test
    void clearingAsksAgain() {
        documents.get("targets");
        fetches.get(0).complete(DOC);
        documents.clear();
        documents.get("targets");
        assertEquals(2, fetches.size());
    }

    @Test
    void aFetchThatThrowsIsAFailureNotAnException() {
        RefreshedDocuments throwing = new RefreshedDocuments(service -> {
            throw new IllegalArgumentException("no upstream " + service);
        }, Duration.ofSeconds(60), now::get);
        assertEquals("no upstream nowhere", throwing.get("nowhere").cause().getMessage());
        // Not stuck "in flight": a later request after the refresh fetches again.
        now.addAndGet(60_000);
        assertTrue(throwing.get("nowhere").failed());
    }
}
