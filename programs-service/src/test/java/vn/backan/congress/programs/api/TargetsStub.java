package vn.backan.congress.programs.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;

/**
 * Plays targets-service for the reference checks: the indicators in {@link #KNOWN} and the org
 * units in {@link #ORG_UNITS} exist; anything else is a problem+json 404, as targets-service answers. Tests that need targets-service down or slow add a stub of higher priority and
 * call {@link #reset()} after.
 */
public class TargetsStub implements QuarkusTestResourceLifecycleManager {

    public static final List<String> KNOWN = List.of("ECO-GRDP-PER-CAPITA", "BUD-REVENUE", "NRD-COMMUNES");
    public static final List<String> ORG_UNITS = List.of("06", "058", "060", "061", "062", "063", "064", "065", "066");

    /** The REST client's read timeout in tests; a slow stub waits longer than this. */
    public static final int READ_TIMEOUT_MS = 400;

    private static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        reset();
        return Map.of("quarkus.rest-client.targets.url", server.baseUrl(),
                "quarkus.rest-client.targets.read-timeout", String.valueOf(READ_TIMEOUT_MS));
    }

    /** Back to the normal answers, with the request journal emptied. */
    public static void reset() {
        server.resetAll();
        server.stubFor(get(urlMatching("/api/v1/(indicators|org-units)/.*")).atPriority(10).willReturn(aResponse()
                .withStatus(404).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}")));
        for (String code : KNOWN) {
            server.stubFor(get(urlEqualTo("/api/v1/indicators/" + code)).atPriority(5).willReturn(aResponse()
                    .withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody("{\"code\":\"" + code + "\"}")));
        }
        for (String code : ORG_UNITS) {
            server.stubFor(get(urlEqualTo("/api/v1/org-units/" + code)).atPriority(5).willReturn(aResponse()
                    .withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody("{\"code\":\"" + code + "\"}")));
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
