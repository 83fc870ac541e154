package vn.backan.congress.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.backan.congress.stack.OtlpReceiver.ReceivedSpan;

/**
 * One request followed across the stack: a solution whose indicator code programs-service asks
 * targets-service about, sent through the gateway with the caller's own W3C traceparent. Its
 * spans must form one tree under the caller's span, from the gateway through programs-service to
 * targets-service's SQL, and its trace id must be in the problem body and the access log.
 */
final class TraceChecks {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private TraceChecks() {
    }

    static void run(StackConfig config, int gateway, OtlpReceiver receiver) throws Exception {
        SecureRandom random = new SecureRandom();
        String traceId = HexFormat.of().formatHex(random.generateSeed(16));
        String callerSpan = HexFormat.of().formatHex(random.generateSeed(8));
        String solution = "{\"number\":27,\"taskNumber\":1,\"title\":{\"vi\":\"Theo dấu\"},"
                + "\"programCodes\":[\"KP-3-AGRI-FORESTRY\"],\"leadAgency\":\"Sở Nông nghiệp và PTNT\","
                + "\"indicatorCodes\":[\"TRACE-" + traceId.substring(0, 8).toUpperCase() + "\"]}";
        HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + gateway + "/api/v1/solutions"))
                .header("Authorization", "Bearer " + StackCli.issueToken(config, "admin", null))
                .header("Content-Type", "application/json")
                .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .POST(HttpRequest.BodyPublishers.ofString(solution, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"traceId\":\"" + traceId + "\""), refused.body());

        List<ReceivedSpan> path = awaitPathFromTheSql(receiver, traceId, callerSpan);
        assertTrue(!path.isEmpty(), "no span of trace " + traceId + " arrived");
        ReceivedSpan root = path.get(path.size() - 1);
        assertEquals(callerSpan, root.parentSpanId(), "the gateway's first span continues the caller's: " + path);
        assertEquals(List.of("targets-service", "programs-service", "gateway"),
                path.stream().map(ReceivedSpan::service).distinct().toList(), "services from the SQL up: " + path
                + "\nall: " + receiver.spansOf(traceId).stream().map(x -> x.service() + " " + x.name() + " " + x.kind()
                + " " + x.spanId() + "<-" + x.parentSpanId()).toList() + " caller " + callerSpan);
        for (int i = 0; i + 1 < path.size(); i++) {
            ReceivedSpan child = path.get(i);
            ReceivedSpan parent = path.get(i + 1);
            if (!child.service().equals(parent.service())) {
                assertEquals(SpanKind.SPAN_KIND_SERVER, child.kind(), "a service's span under another's: " + child);
                assertEquals(SpanKind.SPAN_KIND_CLIENT, parent.kind(), "the caller's side of the hop: " + parent);
            }
        }
        // Nothing else is recorded: no span begun by background work (the version poll runs every
        // second in each service), none for /q/.
        List<ReceivedSpan> unwanted = receiver.all().stream()
                .filter(x -> x.parentSpanId().isEmpty() && x.kind() != SpanKind.SPAN_KIND_SERVER
                        || x.attributes().getOrDefault("url.path", "").startsWith("/q/"))
                .toList();
        assertEquals(List.of(), unwanted, "spans no request began");
        List<String> accessLines = Files.readAllLines(config.logOf(config.component(StackConfig.GATEWAY))).stream()
                .filter(line -> line.contains("traceId=" + traceId)).toList();
        assertEquals(1, accessLines.size(), "one access line names the trace: " + accessLines);
        assertTrue(accessLines.get(0).contains("route=programs-api upstream=programs status=422"), accessLines.get(0));
    }

    /**
     * The spans from targets-service's SQL statement up to the first one that names no parent this
     * trace holds. Each application sends a span when it ends, in batches (every 200 ms here), so
     * the outer spans come last: the path is awaited until it reaches the caller's span.
     */
    private static List<ReceivedSpan> awaitPathFromTheSql(OtlpReceiver receiver, String traceId, String callerSpan)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (true) {
            List<ReceivedSpan> spans = receiver.spansOf(traceId);
            Map<String, ReceivedSpan> byId = spans.stream()
                    .collect(Collectors.toMap(ReceivedSpan::spanId, Function.identity(), (a, b) -> a));
            var sql = spans.stream().filter(s -> s.service().equals("targets-service")
                    && s.kind() == SpanKind.SPAN_KIND_CLIENT && s.attributes().containsKey("db.system")).findFirst();
            List<ReceivedSpan> path = new ArrayList<>();
            for (ReceivedSpan s = sql.orElse(null); s != null; s = byId.get(s.parentSpanId())) {
                path.add(s);
            }
            if (!path.isEmpty() && path.get(path.size() - 1).parentSpanId().equals(callerSpan)) {
                return path;
            }
            if (System.currentTimeMillis() > deadline) {
                return path.isEmpty() ? List.copyOf(spans) : path; // the assertions say what is missing
            }
            Thread.sleep(100);
        }
    }
}
