package vn.backan.congress.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Through the gateway of the running stack, a figure is written and read back at once, again and
 * again, while other clients keep the same reads warm in every cache: the first read after each
 * acknowledged write must show it, never the value before.
 */
final class ReadYourWritesChecks {

    private static final int ROUNDS = 40;
    private static final String FIGURES = "/api/v1/observations?indicator=BUD-REVENUE&orgUnit=063&year=2025";
    private static final String PROGRESS = "/api/v1/progress/BUD-REVENUE?orgUnit=063&asOf=2025&includeSubmitted=true";

    private ReadYourWritesChecks() {
    }

    static void run(StackConfig config, int gateway) throws Exception {
        String admin = "Bearer " + StackCli.issueToken(config, "admin", null);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger warmReads = new AtomicInteger();
        Thread warmer = new Thread(() -> {
            while (writing.get()) {
                for (String path : List.of(FIGURES, PROGRESS)) {
                    try {
                        if (LocalStackEndToEndTest.get(gateway, path, null).statusCode() == 200) {
                            warmReads.incrementAndGet();
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(path + " could not be read", e);
                    }
                }
            }
        }, "warm-reads");
        warmer.setDaemon(true);
        warmer.start();
        try {
            // Distinct from an earlier run's figures in the same data directory.
            long base = 100_000 + (System.currentTimeMillis() / 1000) % 800_000 * 2;
            for (int round = 0; round < ROUNDS; round++) {
                long value = base + round;
                HttpResponse<String> written = LocalStackEndToEndTest.post(gateway, "/api/v1/observations/import", admin,
                        "[{\"indicator\":\"BUD-REVENUE\",\"orgUnit\":\"063\",\"year\":2025,\"value\":" + value + "}]");
                assertEquals(200, written.statusCode(), written.body());
                assertShows(value, LocalStackEndToEndTest.get(gateway, FIGURES, null), "the figures, round " + round);
                assertShows(value, LocalStackEndToEndTest.get(gateway, PROGRESS, null), "the progress, round " + round);
            }
        } finally {
            writing.set(false);
            warmer.join(10_000);
        }
        assertTrue(warmReads.get() > ROUNDS, "the reads were kept warm meanwhile (" + warmReads.get() + ")");
    }

    private static void assertShows(long value, HttpResponse<String> read, String what) {
        assertEquals(200, read.statusCode(), what + ": " + read.body());
        assertTrue(Pattern.compile("\"value\":" + value + "(\\.0+)?[,}]").matcher(read.body()).find(),
                what + " shows " + value + ": " + read.body());
    }
}
