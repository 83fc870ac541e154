package vn.backan.congress.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A client that opens a connection and never finishes its headers does not keep it. */
@QuarkusTest
@TestProfile(IdleConnectionTest.ShortIdleTimeout.class)
class IdleConnectionTest {

    /** The production value is 45 s; 2 s keeps the test short. */
    public static class ShortIdleTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.idle-timeout", "2s");
        }
    }

    @Test
    void unfinishedHeadersAreClosedAfterTheIdleTimeout() throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(15_000); // only so a regression fails instead of hanging the build
            OutputStream out = socket.getOutputStream();
            out.write("GET /api/v1/overview HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long start = System.nanoTime();
            InputStream in = socket.getInputStream();
            int read = in.read();
            long waited = (System.nanoTime() - start) / 1_000_000;
            assertEquals(-1, read, "the gateway closed the connection without answering a half request");
            assertTrue(waited >= 1_500, "closed by the idle timeout, not at once: " + waited + " ms");
            System.out.println("idle connection closed after " + waited + " ms");
        }
    }
}
