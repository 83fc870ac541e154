package vn.backan.congress.devkit.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * An application as it runs in production: its packaged jar, its prod profile, Quarkus's own
 * listener on its configured interface. The portal's {@code @QuarkusIntegrationTest} extends this;
 * a service's extends {@link ServiceListenerTests}.
 */
public abstract class ProductionListenerTests {

    /** A public read that answers 200 (a list of a service, a page of the portal). */
    protected abstract String read();

    @Test
    void aPathNothingServesIsA404() {
        given().get("/no/such/path").then().statusCode(404);
    }

    /** The cluster's Service reaches a pod on its own address, never 127.0.0.1. */
    @Test
    void theListenerTakesConnectionsOnTheMachinesOwnAddress() throws IOException {
        InetAddress own = nonLoopbackAddress();
        assertNotNull(own, "this machine has an address besides loopback to try the listener on");
        try (Socket socket = new Socket(own, RestAssured.port)) {
            socket.setSoTimeout(10_000);
            String answer = exchange(socket, "HEAD " + read() + " HTTP/1.1\r\nHost: app\r\nConnection: close\r\n\r\n");
            assertTrue(answer.startsWith("HTTP/1.1 200 "), answer);
        }
    }

    /**
     * The gateway keeps an idle connection to an application for up to 60 s and writes the next
     * request into it, so the application must not close a kept-alive connection sooner (the
     * public listener once closed one 10 s after an answer, and a write meeting that close was a
     * 502). 12 s of quiet, then a second request on the same connection, is answered.
     */
    @Test
    void aKeptAliveConnectionStaysOpenBetweenRequests() throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            String request = "HEAD " + read() + " HTTP/1.1\r\nHost: app\r\n\r\n";
            String first = exchange(socket, request);
            assertTrue(first.startsWith("HTTP/1.1 200 "), first);
            assertFalse(first.toLowerCase().contains("connection: close"), first);
            Thread.sleep(12_000);
            String second = exchange(socket, request);
            assertTrue(second.startsWith("HTTP/1.1 200 "), "the same connection answered again: " + second);
        }
    }

    /** Writes a request without a body and reads its answer's head (HEAD: no body follows). */
    private static String exchange(Socket socket, String request) throws IOException {
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            if (head.size() >= 4 && head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                break;
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static InetAddress nonLoopbackAddress() throws SocketException {
        for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : nic.inetAddresses().toList()) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                    return address;
                }
            }
        }
        return null;
    }
}
