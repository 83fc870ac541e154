package vn.backan.congress.portal.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.backan.congress.devkit.db.FreePorts;

/**
 * targets-service and programs-service as plain HTTP servers answering the JSON fixtures under
 * upstream/ (GET /api/v1/indicators/X → indicators-X.json, ?page=2 → …-2.json); targets-service
 * refuses org unit 062's indicator progress with a 400 problem, and answers 404 for what it has
 * no fixture of; its scoreboard of 062 has a status the contract does not know. elections-service
 * is down: nothing listens on its port.
 */
public class FixtureUpstreams implements QuarkusTestResourceLifecycleManager {

    private static final Pattern PAGE = Pattern.compile("(?:^|&)page=([0-9]+)");

    private HttpServer targets;
    private HttpServer programs;

    @Override
    public Map<String, String> start() {
        targets = serve("targets");
        programs = serve("programs");
        return Map.of("quarkus.rest-client.targets.url", url(targets),
                "quarkus.rest-client.programs.url", url(programs),
                "quarkus.rest-client.elections.url", "http://127.0.0.1:" + FreePorts.pick());
    }

    private static HttpServer serve(String service) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> answer(service, exchange));
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(String service, HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
        if (path.startsWith("/api/v1/progress/") && query.contains("orgUnit=062")) {
            send(exchange, 400, "application/problem+json", problem(400, "orgUnit 062 reports no such indicator."));
            return;
        }
        if (path.equals("/api/v1/progress") && query.contains("orgUnit=062")) {
            // A service newer than the contract the portal was built with: a status the contract does not have.
            send(exchange, 200, "application/json", new String(fixture(service, "progress"), StandardCharsets.UTF_8)
                    .replace("\"ON_TRACK\"", "\"AHEAD\"").getBytes(StandardCharsets.UTF_8));
            return;
        }
        String name = path.substring("/api/v1/".length()).replace('/', '-');
        Matcher page = PAGE.matcher(query);
        byte[] body = page.find() ? fixture(service, name + "-" + page.group(1)) : null;
        body = body == null ? fixture(service, name) : body;
        if (body == null) {
            send(exchange, 404, "application/problem+json", problem(404, "Nothing is published at " + path + "."));
        } else {
            send(exchange, 200, "application/json", body);
        }
    }

    private static byte[] fixture(String service, String name) throws IOException {
        String file = "/upstream/" + service + "/" + name + ".json";
        try (InputStream in = FixtureUpstreams.class.getResourceAsStream(file)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private static byte[] problem(int status, String detail) {
        return ("{\"type\":\"about:blank\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        // No kept-alive connections between tests: each read is a request of its own.
        exchange.getResponseHeaders().set("Connection", "close");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String url(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void stop() {
        List.of(targets, programs).forEach(server -> server.stop(0));
    }
}
