package vn.backan.congress.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.backan.congress.devkit.db.FreePorts;
import vn.backan.congress.stack.StackConfig.Component;

/**
 * Starts the real stack (embedded MariaDB and the four packaged applications) through the same
 * {@link LocalStack} that bin/stack uses, on free ports, and goes through the gateway.
 */
class LocalStackEndToEndTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void theGatewayReachesEveryServiceAndSurvivesLosingOne() throws Exception {
        List<ProcessHandle> started;
        try (OtlpReceiver traces = OtlpReceiver.start()) {
            StackConfig config = StackConfig.isolated(ROOT, Path.of("target", "e2e-stack").toAbsolutePath())
                    .withEnvironment(traces.environment());
            started = runTheStack(config, traces);
            for (ProcessHandle p : started) {
                assertFalse(p.isAlive(), "still running after stop: " + p.info().command().orElse("pid " + p.pid()));
            }
            assertNothingListens(config);
        }
    }

    private static List<ProcessHandle> runTheStack(StackConfig config, OtlpReceiver traces) throws Exception {
        int gateway = config.component("gateway").port();
        List<ProcessHandle> started;
        try (LocalStack stack = LocalStack.start(config, line -> { })) {
            started = stack.processes();
            assertTrue(started.size() >= 5, "four applications and mariadbd, got " + started.size());

            int gatewayManagement = config.component("gateway").managementPort();
            HttpResponse<String> ready = get(gatewayManagement, "/q/health/ready", null);
            assertEquals(200, ready.statusCode());
            for (String upstream : List.of("targets", "programs", "elections")) {
                assertTrue(upstreamIs(ready.body(), upstream, "UP"), ready.body());
                int management = config.component(upstream + "-service").managementPort();
                HttpResponse<String> health = get(management, "/q/health/ready", null);
                assertEquals(200, health.statusCode(), upstream);
                assertTrue(health.body().contains("Database connections health check"), health.body());
                assertEquals(200, get(management, "/q/metrics", null).statusCode(), upstream);
                // Health and metrics are for the cluster: never through the gateway, nor on a public port.
                assertEquals(404, get(gateway, "/services/" + upstream + "/q/health/ready", null).statusCode());
                assertEquals(404, get(config.component(upstream + "-service").port(), "/q/metrics", null).statusCode());
            }
            assertEquals(404, get(gateway, "/q/metrics", null).statusCode());
            assertEquals(404, get(gateway, "/q/health/ready", null).statusCode());

            HttpResponse<String> traced = get(gateway, "/api/v1/org-units", "e2e-trace-1");
            assertEquals(List.of("e2e-trace-1"), traced.headers().allValues("X-Request-Id"));

            TraceChecks.run(config, gateway, traces);
            assertTrue(get(gatewayManagement, "/q/metrics", null).body().contains("gateway_requests_seconds_bucket{"),
                    "the gateway's metrics are on its management port");
            aSolutionEnteredThroughTheGatewayShowsInThePlanAndTheCsv(config, gateway);
            theMergedContractHoldsEveryServicesPathsAndEachServiceAnswers(config, gateway);
            GeneratedClientChecks.run(config, gateway);
            ReadYourWritesChecks.run(config, gateway);
            EdgeChecks.run(config, gateway);
            PublishedRecordChecks.run(config, gateway, ROOT);
            CatalogChecks.run(gateway);
            DownloadChecks.run(config, gateway, ROOT);
            WriteWalkChecks.run(config, gateway);

            stack.stop("programs-service");
            long before = System.nanoTime();
            HttpResponse<String> down = get(gateway, "/api/v1/plan", null);
            long millis = (System.nanoTime() - before) / 1_000_000;
            assertEquals(502, down.statusCode());
            assertEquals("application/problem+json", down.headers().firstValue("Content-Type").orElse(""));
            assertTrue(millis < 2000, "502 took " + millis + " ms");
            assertEquals(200, get(gateway, "/api/v1/org-units", null).statusCode());
            assertEquals(200, get(gateway, "/api/v1/congress", null).statusCode());
            String readyWithoutPrograms = get(gatewayManagement, "/q/health/ready", null).body();
            assertTrue(upstreamIs(readyWithoutPrograms, "programs", "DOWN") && upstreamIs(readyWithoutPrograms, "targets", "UP"),
                    readyWithoutPrograms);
            DownloadChecks.refusedWhileAServiceIsDown(gateway);
        }
        return started;
    }

    @Test
    void aPortInUseIsOneClearLineAndStartsNothing() throws Exception {
        StackConfig config = StackConfig.isolated(ROOT, Path.of("target", "e2e-busy").toAbsolutePath());
        Component gateway = config.component("gateway");
        try (java.net.ServerSocket squatter = new java.net.ServerSocket(gateway.port(), 1,
                java.net.InetAddress.getLoopbackAddress())) {
            StackException e = org.junit.jupiter.api.Assertions.assertThrows(StackException.class,
                    () -> LocalStack.start(config, line -> { }));
            assertEquals("Port " + gateway.port() + " (gateway) is already in use; stop what holds it "
                    + "(bin/stack status) and try again", e.getMessage());
        }
        assertEquals(List.of(), ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList());
        assertFalse(FreePorts.inUse(config.databasePort()));
    }

    @Test
    void aFailedStartStopsEverythingItStarted() throws Exception {
        Path broken = Path.of("target", "broken-app").toAbsolutePath();
        java.nio.file.Files.createDirectories(broken.resolve("target/quarkus-app"));
        java.nio.file.Files.writeString(broken.resolve("target/quarkus-app/quarkus-run.jar"), "not a jar");
        StackConfig base = StackConfig.isolated(ROOT, Path.of("target", "e2e-broken").toAbsolutePath());
        List<Component> components = new ArrayList<>(base.components().subList(0, 1));
        components.add(new Component("broken", broken.toString(), FreePorts.pick(), FreePorts.pick(),
                java.util.Optional.empty()));
        StackConfig config = new StackConfig(ROOT, base.dataDir(), base.databasePort(), components);

        StackException e = org.junit.jupiter.api.Assertions.assertThrows(StackException.class,
                () -> LocalStack.start(config, line -> { }));
        assertTrue(e.getMessage().startsWith("broken exited during start"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertEquals(List.of(), ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList());
        assertNothingListens(config);
    }

    /**
     * An admin (token as bin/stack token makes it) enters a task and a solution through the gateway;
     * programs-service checks the indicator code in the real targets-service. The data directory
     * may hold an earlier run's plan, so the test takes the first solution number still missing.
     */
    private static void aSolutionEnteredThroughTheGatewayShowsInThePlanAndTheCsv(StackConfig config, int gateway)
            throws Exception {
        String admin = "Bearer " + StackCli.issueToken(config, "admin", null);
        HttpResponse<String> task = post(gateway, "/api/v1/tasks", admin,
                "{\"number\":1,\"title\":{\"vi\":\"Nhiệm vụ thử qua cổng\"}}");
        assertTrue(task.statusCode() == 201 || task.statusCode() == 409, task.body());
        String plan = get(gateway, "/api/v1/plan", null).body();
        String overview = get(gateway, "/api/v1/overview", null).body();
        int recorded = intAt(plan, "\"recorded\":\\{\"tasks\":\\d+,\"solutions\":(\\d+)");
        int number = intAt(plan, "\"missingNumbers\":\\{\"tasks\":\\[[\\d,]*\\],\"solutions\":\\[(\\d+)");
        String solution = "{\"number\":" + number + ",\"taskNumber\":1,\"title\":{\"vi\":\"Giải pháp qua cổng "
                + number + "\"},\"programCodes\":[\"KP-3-AGRI-FORESTRY\"],\"leadAgency\":\"Sở Nông nghiệp và PTNT\","
                + "\"indicatorCodes\":[\"NRD-COMMUNES\"]}";
        HttpResponse<String> unknown = post(gateway, "/api/v1/solutions", admin,
                solution.replace("NRD-COMMUNES", "NRD-NOT-A-CODE"));
        assertEquals(422, unknown.statusCode(), unknown.body());
        HttpResponse<String> created = post(gateway, "/api/v1/solutions", admin, solution);
        assertEquals(201, created.statusCode(), created.body());
        // The service names itself by its internal address; the client sees a path on the gateway.
        assertEquals(java.util.Optional.of("/api/v1/solutions/" + number), created.headers().firstValue("Location"));

        // The overview the gateway composed before the write is not what the next read gets.
        assertEquals(recorded + 1, intAt(get(gateway, "/api/v1/overview", null).body(),
                "\"programs\":\\{.*\"recorded\":\\{\"tasks\":\\d+,\"solutions\":(\\d+)"), overview);
        String after = get(gateway, "/api/v1/plan", null).body();
        assertEquals(recorded + 1, intAt(after, "\"recorded\":\\{\"tasks\":\\d+,\"solutions\":(\\d+)"), after);
        assertTrue(after.contains("\"declared\":{\"tasks\":5,\"solutions\":27}"), after);
        String csv = get(gateway, "/api/v1/solutions?format=csv", null).body();
        assertTrue(csv.contains("\r\n" + number + ",1,Giải pháp qua cổng " + number + ","), csv);
    }

    /**
     * The gateway's /openapi is read from the services at run time; each service's own public
     * paths (under /api/v1, as its /q/openapi lists them) must all be in it, so a path a service
     * adds cannot be missing from the contract without this test failing.
     */
    private static void theMergedContractHoldsEveryServicesPathsAndEachServiceAnswers(StackConfig config, int gateway)
            throws Exception {
        String merged = get(gateway, "/openapi", null).body();
        PublishedContract.assertServed(merged);
        // The extension (not the words in the gateway's own description of it).
        assertFalse(merged.contains("\"x-missing-services\" :") || merged.contains("\"x-missing-services\":"),
                merged.substring(0, Math.min(800, merged.length())));
        java.util.regex.Pattern path = java.util.regex.Pattern.compile("\"(/api/v1/[^\"]*)\"\\s*:\\s*\\{");
        for (String service : List.of("targets", "programs", "elections")) {
            String own = get(config.component(service + "-service").port(), "/q/openapi?format=json", null).body();
            java.util.regex.Matcher m = path.matcher(own);
            int paths = 0;
            while (m.find()) {
                if (m.group(1).equals("/api/v1/me") && !service.equals("targets")) {
                    continue; // every service serves it; the gateway routes it to targets
                }
                assertTrue(merged.contains("\"" + m.group(1) + "\""), service + " path missing from /openapi: " + m.group(1));
                paths++;
            }
            assertTrue(paths >= 3, service + " published only " + paths + " paths");
        }
        // One contract, one operation per operationId: Swagger UI and generated clients find them by it.
        java.util.regex.Matcher ids = java.util.regex.Pattern.compile("\"operationId\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(merged);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (ids.find()) {
            assertTrue(seen.add(ids.group(1)), "operationId twice in /openapi: " + ids.group(1));
        }
        assertTrue(seen.size() >= 50, "operationIds in /openapi: " + seen.size());
        assertEquals(200, get(gateway, "/api/v1/indicators/ECO-GRDP-PER-CAPITA", null).statusCode());
        assertEquals(200, get(gateway, "/api/v1/programs", null).statusCode());
        assertEquals(200, get(gateway, "/api/v1/congress", null).statusCode());
        String overview = get(gateway, "/api/v1/overview?lang=en", null).body();
        assertTrue(overview.contains("\"delegatesSummoned\":345") && overview.contains("Hoàng Duy Chinh")
                && overview.contains("\"solutions\":27") && !overview.contains("\"available\":false"), overview);
    }

    private static int intAt(String json, String regex) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(json);
        assertTrue(m.find(), regex + " in " + json);
        return Integer.parseInt(m.group(1));
    }

    static HttpResponse<String> post(int port, String path, String authorization, String json)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, java.nio.charset.StandardCharsets.UTF_8)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The gateway's readiness lists each upstream as "name": "UP" or "DOWN". */
    private static boolean upstreamIs(String readiness, String upstream, String status) {
        return java.util.regex.Pattern.compile("\"" + upstream + "\"\\s*:\\s*\"" + status + "\"").matcher(readiness).find();
    }

    private static void assertNothingListens(StackConfig config) {
        assertFalse(FreePorts.inUse(config.databasePort()), "MariaDB port still open");
        for (Component c : config.components()) {
            assertFalse(FreePorts.inUse(c.port()), c.name() + " port still open");
            assertFalse(FreePorts.inUse(c.managementPort()), c.name() + " management port still open");
        }
    }

    static HttpResponse<String> get(int port, String path, String requestId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10));
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
