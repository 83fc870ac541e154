package vn.backan.congress.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.backan.congress.gateway.edge.PublicListener;

/**
 * The public listener, spoken to byte by byte: what the HTTP decoder refuses is answered as a
 * problem, a client that never finishes its headers loses the connection, and one address cannot
 * hold more than its share of connections.
 */
@QuarkusTest
@TestProfile(PublicListenerTest.TightConnections.class)
class PublicListenerTest {

    /** Production: 10 s for headers, 256 connections per address; smaller here to keep the test short. */
    public static class TightConnections implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.edge.header-timeout", "1s",
                    "gateway.edge.max-connections-per-address", "4");
        }
    }

    @Test
    void aRequestLineOverTheLimitIs414Problem() throws Exception {
        // quarkus.http.limits.max-initial-line-length is 4096 bytes by default.
        String answer = RawHttp.exchange(0, "GET /api/v1/" + "a".repeat(5000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertProblem(answer, 414);
    }

    @Test
    void headersOverTheLimitAre431Problem() throws Exception {
        // quarkus.http.limits.max-header-size is 20 KiB by default.
        String answer = RawHttp.exchange(0, "GET /api/v1/overview HTTP/1.1\r\nHost: localhost\r\n"
                + "X-Big: " + "b".repeat(25_000) + "\r\n\r\n");
        assertProblem(answer, 431);
    }

    @Test
    void aControlCharacterInAHeaderIs400Problem() throws Exception {
        String answer = RawHttp.exchange(0, "GET /api/v1/overview HTTP/1.1\r\nHost: localhost\r\nX-Odd: a\u0001b\r\n\r\n");
        assertProblem(answer, 400);
    }

    @Test
    void aRequestLineNamingHttp2IsAnswered() throws Exception {
        String answer = RawHttp.exchange(0, "GET /api/v1/overview HTTP/2.0\r\nHost: localhost\r\n\r\n");
        assertProblem(answer, 505);
        // Vert.x writes the status line in the version the request named, and no public API
        // changes it: HTTP/1.1 would be right (docs/adr/0002-the-listener.md). In a cluster nginx
        // answers such a request first, in HTTP/1.1.
        assertTrue(answer.startsWith("HTTP/2.0 505 "), answer);
    }

    @Test
    void aTargetThatIsNotAUriIs400Problem() throws Exception {
        String answer = RawHttp.exchange(0, "GET /api/v1/indicators/a|b HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertProblem(answer, 400);
        assertTrue(answer.contains("not a valid URI"), answer);
    }

    @Test
    void brokenPercentEncodingIs400Problem() throws Exception {
        assertProblem(RawHttp.exchange(0, "GET /api/v1/indicators/%zz HTTP/1.1\r\nHost: localhost\r\n\r\n"), 400);
    }

    @Test
    void quarkusOwnContractPathLeadsToTheMergedContract() throws Exception {
        String answer = RawHttp.exchange(0, "GET /q/openapi?format=yaml HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 308 "), answer);
        assertTrue(answer.contains("\r\nLocation: /openapi?format=yaml\r\n"), answer);
    }

    @Test
    void headersTrickledPastTheDeadlineLoseTheConnection() throws Exception {
        try (Socket socket = new Socket("localhost", RawHttp.publicPort())) {
            socket.setSoTimeout(15_000); // only so a regression fails instead of hanging the build
            OutputStream out = socket.getOutputStream();
            out.write("GET /api/v1/overview HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
            long start = System.nanoTime();
            // One header byte every 200 ms keeps the connection from being idle, never complete.
            Thread trickle = new Thread(() -> {
                try {
                    for (int i = 0; i < 50; i++) {
                        Thread.sleep(200);
                        out.write('x');
                        out.flush();
                    }
                } catch (IOException | InterruptedException closed) {
                    // the gateway closed it: what the test waits for
                }
            });
            trickle.start();
            int read = socket.getInputStream().read();
            long waited = (System.nanoTime() - start) / 1_000_000;
            trickle.interrupt();
            assertEquals(-1, read, "closed without an answer");
            assertTrue(waited >= 800 && waited < 5_000, "closed at the 1 s header deadline: " + waited + " ms");
            System.out.println("trickled headers closed after " + waited + " ms");
        }
    }

    @Test
    void aKeptAliveConnectionHasTheSameDeadlineForItsNextHeaders() throws Exception {
        try (Socket socket = new Socket("localhost", RawHttp.publicPort())) {
            socket.setSoTimeout(15_000);
            // A proxied path (no upstream answers here, so a 502/503 problem): the proxy route takes the
            // response's end handler for its metrics, which is why the deadline cannot rely on it.
            socket.getOutputStream().write("GET /api/v1/org-units HTTP/1.1\r\nHost: localhost\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = RawHttp.readAnswer(socket.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 5"), answer);
            long start = System.nanoTime();
            int read = socket.getInputStream().read();
            long waited = (System.nanoTime() - start) / 1_000_000;
            // The idle timeout is 45 s: a close near 1 s is the header deadline, started by the answer.
            assertEquals(-1, read, "closed after the answer, without another");
            assertTrue(waited >= 800 && waited < 5_000, "closed at the 1 s header deadline: " + waited + " ms");
        }
    }

    @Test
    void oneAddressGetsAtMostItsShareOfConnections() throws Exception {
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                Socket socket = new Socket("127.0.0.1", RawHttp.publicPort());
                socket.setSoTimeout(10_000);
                held.add(socket);
            }
            // The server takes connections asynchronously: wait until it has counted the four.
            PublicListener listener = Arc.container().instance(PublicListener.class).get();
            long until = System.nanoTime() + 5_000_000_000L;
            while (listener.openFrom("127.0.0.1") < 4 && System.nanoTime() < until) {
                Thread.sleep(5);
            }
            assertEquals(4, listener.openFrom("127.0.0.1"));
            try (Socket fifth = new Socket("127.0.0.1", RawHttp.publicPort())) {
                fifth.setSoTimeout(10_000);
                fifth.getOutputStream().write(request().getBytes(StandardCharsets.US_ASCII));
                assertEquals(-1, readOrClosed(fifth.getInputStream()), "the fifth connection is closed unanswered");
            }
            // The four admitted ones still work.
            Socket first = held.get(0);
            first.getOutputStream().write(request().getBytes(StandardCharsets.US_ASCII));
            String answer = RawHttp.readAnswer(first.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 "), answer);
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    private static String request() {
        return "GET /no/such/path HTTP/1.1\r\nHost: localhost\r\n\r\n";
    }

    private static int readOrClosed(InputStream in) {
        try {
            return in.read();
        } catch (IOException reset) {
            return -1;
        }
    }

    private static int statusOf(String answer) {
        return Integer.parseInt(answer.substring(9, 12));
    }

    private static void assertProblem(String answer, int status) {
        // The status line repeats the version the client named (1.0 when the line could not be read).
        assertTrue(answer.matches("(?s)HTTP/\\d\\.\\d " + status + " .*"), answer.substring(0, Math.min(200, answer.length())));
        assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
        assertTrue(answer.contains("\"status\":" + status), answer);
        assertTrue(answer.toLowerCase().contains("connection: close"), answer);
    }
}
