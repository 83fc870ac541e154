package vn.backan.congress.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
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
                    if (send(gateway, path, null, null).statusCode() == 200) {
                        warmReads.incrementAndGet();
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
                HttpResponse<String> written = send(gateway, "/api/v1/observations/import", admin,
                        "[{\"indicator\":\"BUD-REVENUE\",\"orgUnit\":\"063\",\"year\":2025,\"value\":" + value + "}]");
                assertEquals(200, written.statusCode(), written.body());
                assertShows(value, send(gateway, FIGURES, null, null), "the figures, round " + round);
                assertShows(value, send(gateway, PROGRESS, null, null), "the progress, round " + round);
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

    private static HttpResponse<String> send(int port, String path, String authorization, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (json != null) {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(path + " could not be read", e);
        }
    }
}
