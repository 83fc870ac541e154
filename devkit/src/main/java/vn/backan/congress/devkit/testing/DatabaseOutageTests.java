package vn.backan.congress.devkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The database stops answering (frozen, as a stopped or wedged server is) or goes away (killed):
 * reads and writes get a 503 problem with Retry-After within {@value #DEADLINE_MS} ms, readiness
 * turns DOWN within its own deadline, and the service serves again, without a restart, once the
 * database is back. The times are printed, so a run shows them. A service's test extends this.
 */
public abstract class DatabaseOutageTests {

    /** The bound: the timeouts are 2 s, and a loaded CI machine is given one more second. */
    static final long DEADLINE_MS = 3_000;
    /** How long the service may take to serve again once the database is back. */
    static final long RECOVERY_MS = 15_000;

    /** A read that needs the database. */
    protected abstract Response read();

    /** A write that needs the database; each call writes something new. */
    protected abstract Response write();

    @Test
    void aFrozenDatabaseIsA503WithinTheDeadlineAndTheServiceRecovers() {
        assertEquals(200, read().statusCode(), "the service serves before the outage");
        TestDatabase.link().freeze();
        try {
            refusedInTime("read, frozen", this::read);
            refusedInTime("write, frozen", this::write);
            long start = System.nanoTime();
            Response ready = Management.given().get("/q/health/ready");
            report("readiness, frozen", start, ready.statusCode());
            assertEquals(503, ready.statusCode());
            assertTrue(millisSince(start) < DEADLINE_MS, "readiness answered within the deadline");
        } finally {
            TestDatabase.link().thaw();
        }
        recovers("frozen");
    }

    @Test
    void aKilledDatabaseIsA503WithinTheDeadlineAndTheServiceRecovers() {
        assertEquals(200, read().statusCode(), "the service serves before the outage");
        TestDatabase.link().cut();
        try {
            refusedInTime("read, killed", this::read);
            refusedInTime("write, killed", this::write);
        } finally {
            TestDatabase.link().restore();
        }
        recovers("killed");
    }

    private static void refusedInTime(String what, Supplier<Response> call) {
        long start = System.nanoTime();
        Response r = call.get();
        // Taken before the checks below: the first JSON path a test JVM evaluates alone can take a second.
        long millis = millisSince(start);
        report(what, start, r.statusCode());
        assertEquals(503, r.statusCode(), what + ": " + r.asString());
        assertEquals("application/problem+json", r.contentType());
        assertEquals("urn:backan-congress:problem:database-unavailable", r.path("type"));
        assertNotNull(r.header("Retry-After"), what + " says when to retry");
        assertTrue(millis < DEADLINE_MS, what + " answered within " + DEADLINE_MS + " ms, took " + millis);
    }

    private void recovers(String after) {
        long start = System.nanoTime();
        int status = 0;
        while (millisSince(start) < RECOVERY_MS && (status = read().statusCode()) != 200) {
            sleep();
        }
        report("serving again after " + after, start, status);
        assertEquals(200, status, "reads succeed again without a restart");
        Response written = write();
        assertTrue(written.statusCode() < 300, "writes succeed again: " + written.asString());
    }

    private static void report(String what, long start, int status) {
        System.out.printf("database outage: %s -> %d in %d ms%n", what, status, millisSince(start));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
