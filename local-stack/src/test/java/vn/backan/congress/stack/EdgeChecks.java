package vn.backan.congress.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The running stack's connections (docs/adr/0002-the-listener.md): the gateway's public listener
 * closes a connection whose headers trickle in past its 10 s deadline, and writes through the
 * gateway after its pooled connections to a service sat idle longer than that are never a 502
 * (the services once closed such connections after 10 s, and a write that met the close was one).
 */
final class EdgeChecks {

    private static final int PARALLEL = 20;
    /** Past the gateway's header deadline and the services' old one; within the pool's 60 s. */
    private static final long PAUSE_MILLIS = 12_000;

    private EdgeChecks() {
    }

    static void run(StackConfig config, int gateway) throws Exception {
        String admin = "Bearer " + StackCli.issueToken(config, "admin", null);
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL + 1);
        try {
            List<Integer> statuses = new ArrayList<>(writes(pool, gateway, admin, 0));
            // While the pooled connections sit idle, a client trickles its headers at the gateway.
            Future<Long> trickled = pool.submit(() -> trickleUntilClosed(gateway));
            Thread.sleep(PAUSE_MILLIS);
            statuses.addAll(writes(pool, gateway, admin, 1));
            long closedAfter = trickled.get();
            assertTrue(closedAfter >= 9_000 && closedAfter < 14_000,
                    "the gateway closed the trickling connection at its 10 s header deadline: " + closedAfter + " ms");
            assertEquals(List.of(), statuses.stream().filter(s -> s != 200).toList(),
                    "every write through the gateway was taken, none a 502, of " + statuses.size());
        } finally {
            pool.shutdownNow();
        }
    }

    /** PARALLEL imports at once, each of a figure of its own org unit and year. */
    private static List<Integer> writes(ExecutorService pool, int gateway, String admin, int round) throws Exception {
        // The districts only: the province's revenue figures are the published record's, which another
        // check expects as published (a second run on the same data would otherwise find them changed).
        String[] units = {"058", "060", "061", "062", "063", "064", "065", "066"};
        long base = 200_000 + (System.currentTimeMillis() / 1000) % 800_000;
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            int slot = round * PARALLEL + i;
            String body = "[{\"indicator\":\"BUD-REVENUE\",\"orgUnit\":\"" + units[slot % units.length] + "\",\"year\":"
                    + (2020 + slot / units.length % 6) + ",\"value\":" + (base + slot) + "}]";
            answers.add(pool.submit(() -> LocalStackEndToEndTest.post(gateway, "/api/v1/observations/import", admin, body)));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            statuses.add(answer.get().statusCode());
        }
        return statuses;
    }

    /** Sends a header byte every 500 ms and returns how long the gateway let that go on. */
    private static long trickleUntilClosed(int gateway) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", gateway)) {
            socket.setSoTimeout(1_000);
            OutputStream out = socket.getOutputStream();
            out.write("GET /api/v1/org-units HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
            long start = System.nanoTime();
            while (System.nanoTime() - start < 30_000_000_000L) {
                try {
                    out.write('x');
                    out.flush();
                    if (socket.getInputStream().read() == -1) {
                        return (System.nanoTime() - start) / 1_000_000;
                    }
                } catch (java.net.SocketTimeoutException stillOpen) {
                    // nothing came back within a second: the connection is open, trickle on
                } catch (IOException closed) {
                    return (System.nanoTime() - start) / 1_000_000;
                }
            }
            throw new AssertionError("the trickling connection was still open after 30 s");
        }
    }
}
