package vn.backan.congress.gateway.compose;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Three stub services, one WireMock each, answering what the gateway composes from: their OpenAPI
 * documents, the congress, the scoreboard and the plan. {@link #down(String)} makes one refuse.
 */
public class ComposeStubs implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, WireMockServer> SERVERS = new LinkedHashMap<>();

    public static WireMockServer server(String name) {
        return SERVERS.get(name);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        for (String name : new String[] {"targets", "programs", "elections"}) {
            WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
            server.start();
            SERVERS.put(name, server);
            config.put("gateway.upstreams." + name + ".url", server.baseUrl());
        }
        // The portal publishes no contract and no data: nothing of it is composed here.
        config.put("gateway.upstreams.portal.url", "http://127.0.0.1:9");
        reset();
        return config;
    }

    /** Every service up, with the documents of {@link StubDocuments}. */
    public static void reset() {
        SERVERS.forEach((name, server) -> {
            server.resetAll();
            json(server, "/q/openapi", StubDocuments.openApi(name));
        });
        json(SERVERS.get("elections"), "/api/v1/congress", StubDocuments.CONGRESS);
        json(SERVERS.get("targets"), "/api/v1/progress", StubDocuments.SCOREBOARD);
        json(SERVERS.get("programs"), "/api/v1/plan", StubDocuments.PLAN);
    }

    /** The service drops every connection, as a crashed one would. */
    public static void down(String name) {
        SERVERS.get(name).stubFor(get(com.github.tomakehurst.wiremock.client.WireMock.anyUrl()).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    private static void json(WireMockServer server, String path, String body) {
        server.stubFor(get(urlPathEqualTo(path)).atPriority(5).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    @Override
    public void stop() {
        SERVERS.values().forEach(WireMockServer::stop);
        SERVERS.clear();
    }
}
