package vn.backan.congress.gateway.compose;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

/** targets and programs answer; elections has been down since the gateway started (nothing listens). */
public class OneDeadServiceStubs implements QuarkusTestResourceLifecycleManager {

    private WireMockServer targets;
    private WireMockServer programs;

    @Override
    public Map<String, String> start() {
        targets = started("targets", "/api/v1/progress", StubDocuments.SCOREBOARD);
        programs = started("programs", "/api/v1/plan", StubDocuments.PLAN);
        return Map.of("gateway.upstreams.targets.url", targets.baseUrl(),
                "gateway.upstreams.programs.url", programs.baseUrl(),
                "gateway.upstreams.elections.url", "http://127.0.0.1:" + closedPort(),
                "gateway.upstreams.portal.url", "http://127.0.0.1:" + closedPort());
    }

    private static WireMockServer started(String service, String path, String body) {
        WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(get(urlPathEqualTo("/q/openapi")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(StubDocuments.openApi(service))));
        server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body)));
        return server;
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        List.of(targets, programs).forEach(WireMockServer::stop);
    }
}
