package vn.backan.congress.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway as a cluster runs it (k8s/base/gateway.yaml): the Ingress holds the header deadline
 * and the per-client cap, so the gateway's own are off, and the client is the address the
 * Ingress forwards. Requests go to the gateway's public listener.
 */
@QuarkusTest
@WithTestResource(UpstreamStubs.class)
@TestProfile(BehindAnIngressTest.AsInTheCluster.class)
class BehindAnIngressTest {

    public static class AsInTheCluster implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.edge.header-timeout", "0s",
                    "gateway.edge.max-connections-per-address", "0",
                    "gateway.edge.trust-forwarded-headers", "true");
        }
    }

    private static final String REQUEST = "GET /api/v1/org-units HTTP/1.1\r\nHost: localhost\r\n\r\n";

    @BeforeEach
    void stub() {
        UpstreamStubs.server().resetAll();
        UpstreamStubs.server().stubFor(get(urlPathEqualTo("/api/v1/org-units"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Length", "2").withBody("[]")));
    }

    @Test
    void theClientIsTheAddressTheIngressForwarded() {
        given().port(RawHttp.publicPort()).header("X-Forwarded-For", "203.0.113.7")
                .get("/api/v1/org-units").then().statusCode(200);
        // The gateway adds the client it saw to the chain: the forwarded one, not the TCP peer.
        UpstreamStubs.server().verify(getRequestedFor(urlPathEqualTo("/api/v1/org-units"))
                .withHeader("X-Forwarded-For", matching("(.*, )?203\\.0\\.113\\.7")));
    }

    /** The controller keeps its connections to the gateway open between requests, up to 60 s. */
    @Test
    void aPooledConnectionWaitsBetweenRequestsWithoutADeadline() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", RawHttp.publicPort())) {
            socket.setSoTimeout(10_000);
            String first = exchange(socket);
            assertTrue(first.startsWith("HTTP/1.1 200 "), first);
            Thread.sleep(2_000);
            String second = exchange(socket);
            assertTrue(second.startsWith("HTTP/1.1 200 "), "the same connection answered again: " + second);
        }
    }

    /** All of them come from the controller's address; none is refused. */
    @Test
    void oneAddressMayHoldManyConnections() throws Exception {
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                Socket socket = new Socket("127.0.0.1", RawHttp.publicPort());
                socket.setSoTimeout(10_000);
                held.add(socket);
            }
            for (Socket socket : held) {
                String answer = exchange(socket);
                assertTrue(answer.startsWith("HTTP/1.1 200 "), answer);
            }
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    private static String exchange(Socket socket) throws Exception {
        socket.getOutputStream().write(REQUEST.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return RawHttp.readAnswer(socket.getInputStream());
    }
}
