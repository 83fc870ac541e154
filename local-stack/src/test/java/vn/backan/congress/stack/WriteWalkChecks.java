package vn.backan.congress.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Walks every write operation of the contract the gateway serves, on the running stack: each is
 * sent once, and every read that shows what it changed must answer with a new ETag afterwards. Reads
 * are kept (in each service and in the gateway) until a write says its dataset changed, so a write
 * that forgot its dataset, or a read that does not name the dataset it is computed from, keeps
 * serving the old ETag and fails here. A write operation this walk does not know fails it too:
 * a new write says here which dataset it changes and which read shows it.
 */
final class WriteWalkChecks {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BODY = "EXECUTIVE-COMMITTEE-XII";

    /** One write of the walk: its dataset, the request, and the reads that must show it. */
    private record Step(String dataset, String method, String path, String authorization, String ifMatchOf,
            String body, List<String> reads) {
    }

    private final int gateway;
    private final String admin;
    private final String secretariat;
    private final long stamp = System.currentTimeMillis() / 1000 % 1_000_000;
    private final Map<String, String> found = new LinkedHashMap<>();

    private WriteWalkChecks(int gateway, String admin, String secretariat) {
        this.gateway = gateway;
        this.admin = admin;
        this.secretariat = secretariat;
    }

    static void run(StackConfig config, int gateway) throws Exception {
        new WriteWalkChecks(gateway, "Bearer " + StackCli.issueToken(config, "admin", null),
                "Bearer " + StackCli.issueToken(config, "secretariat", null)).walk();
    }

    private void walk() throws Exception {
        Map<String, Step> steps = new LinkedHashMap<>();
        // The plan. The declared count is set to what it is (its time of change still moves), so a second
        // run on the same data finds the plan as the other checks expect it; new numbers are free ones (when
        // none is left the count is raised, and target/e2e-stack must go before the next run).
        int task = freeNumber("tasks");
        steps.put("changeDeclaredCount", new Step("plan", "PUT", "/api/v1/plan/declared/tasks", admin,
                "/api/v1/plan/declared/tasks", "{\"declared\":" + declared("tasks") + ",\"reason\":\"write walk\"}",
                List.of("/api/v1/plan/declared/tasks")));
        steps.put("createTask", new Step("plan", "POST", "/api/v1/tasks", admin, null,
                "{\"number\":" + task + ",\"title\":{\"vi\":\"Nhiệm vụ kiểm tra ghi\"}}",
                List.of("/api/v1/tasks", "/api/v1/plan")));
        steps.put("correctTask", new Step("plan", "PATCH", "/api/v1/tasks/" + task, admin, "/api/v1/tasks/" + task,
                "{\"title\":{\"vi\":\"Nhiệm vụ kiểm tra ghi, đã sửa\"},\"reason\":\"write walk\"}",
                List.of("/api/v1/tasks/" + task)));
        steps.put("createSolution", null); // its number follows the declared count, changed just before it
        steps.put("editSolution", null);
        steps.put("createSolutionUpdate", null);
        // The figures and indicators.
        String figures = "/api/v1/observations?indicator=BUD-REVENUE&orgUnit=063&year=2024";
        steps.put("importObservations", new Step("figures", "POST", "/api/v1/observations/import", admin, null,
                "[{\"indicator\":\"BUD-REVENUE\",\"orgUnit\":\"063\",\"year\":2024,\"value\":" + (500_000 + stamp) + "}]",
                List.of(figures, "/api/v1/progress/BUD-REVENUE?orgUnit=063&asOf=2024&includeSubmitted=true")));
        steps.put("approveObservation", null);
        steps.put("withdrawObservation", null);
        steps.put("correctIndicator", new Step("indicators", "PATCH", "/api/v1/indicators/NRD-COMMUNES", admin,
                "/api/v1/indicators/NRD-COMMUNES", "{\"unitEn\":\"communes\",\"reason\":\"write walk\"}",
                List.of("/api/v1/indicators/NRD-COMMUNES")));
        // The elections: a contest from its creation to a membership it made, and that membership's end.
        String contest = "WALK-" + stamp;
        String contestPath = "/api/v1/contests/" + contest;
        steps.put("createContest", new Step("contests", "POST", "/api/v1/contests", secretariat, null,
                "{\"code\":\"" + contest + "\",\"bodyCode\":\"" + BODY + "\",\"name\":{\"vi\":\"Bầu thử kiểm tra ghi\",\"en\":\"Write walk ballot\"},"
                        + "\"seats\":1,\"alternateSeats\":0,\"ballotStyle\":\"AGREE_DISAGREE\",\"ruleSet\":\"244-2014\","
                        + "\"electorate\":\"COMMITTEE_MEMBERS\",\"heldOn\":\"2020-10-28\","
                        + "\"candidates\":[{\"name\":\"Hà Thị Kiểm " + stamp + "\"}]}",
                List.of("/api/v1/contests")));
        steps.put("recordTallySheet", null); // names the candidate's id, known once the contest exists
        steps.put("announceContest", new Step("contests", "POST", contestPath + "/announcement", secretariat,
                contestPath, "{}", List.of(contestPath)));
        steps.put("approveContest", new Step("congress", "POST", contestPath + "/approval", secretariat, contestPath,
                "{\"decisionNumber\":\"" + stamp + "-QĐ/TU\",\"decisionDate\":\"2020-11-01\"}",
                List.of(contestPath, "/api/v1/bodies/" + BODY + "/members", "/api/v1/memberships?pageSize=100")));
        steps.put("endMembership", null); // the membership the approval made

        assertEquals(new TreeSet<>(steps.keySet()), new TreeSet<>(contractWrites()),
                "every write operation of the contract has a step here (dataset, request, and the reads that show"
                        + " it), and every step an operation");

        // In this order: a step may need what an earlier one made (a task, a figure, a contest).
        for (String operation : steps.keySet()) {
            Step step = steps.get(operation) != null ? steps.get(operation) : late(operation, task, contest);
            remember(operation, write(operation, step));
        }
    }

    /** Steps whose request names what an earlier step made. */
    private Step late(String operation, int task, String contest) throws Exception {
        String contestPath = "/api/v1/contests/" + contest;
        return switch (operation) {
            case "createSolution" -> {
                int solution = freeNumber("solutions");
                found.put("solution", String.valueOf(solution));
                yield new Step("plan", "POST", "/api/v1/solutions", admin, null, "{\"number\":" + solution
                        + ",\"taskNumber\":" + task + ",\"title\":{\"vi\":\"Giải pháp kiểm tra ghi\"},"
                        + "\"programCodes\":[\"KP-3-AGRI-FORESTRY\"],\"leadAgency\":\"Sở Nông nghiệp và PTNT\","
                        + "\"indicatorCodes\":[\"NRD-COMMUNES\"],\"reportingOrgUnits\":[\"065\"]}",
                        List.of("/api/v1/solutions", "/api/v1/tasks/" + task, "/api/v1/plan"));
            }
            case "editSolution" -> {
                String path = "/api/v1/solutions/" + found.get("solution");
                yield new Step("plan", "PATCH", path, admin, path, "{\"leadAgency\":\"Sở Tài chính\","
                        + "\"reason\":\"write walk\"}", List.of(path, "/api/v1/solutions"));
            }
            case "createSolutionUpdate" -> {
                String path = "/api/v1/solutions/" + found.get("solution");
                yield new Step("plan", "POST", path + "/updates", admin, null, "{\"reportDate\":\"2021-04-01\","
                        + "\"status\":\"IN_PROGRESS\",\"percentComplete\":30,\"orgUnit\":\"065\","
                        + "\"narrative\":{\"vi\":\"Đã triển khai\"}}", List.of(path + "/updates", path));
            }
            case "approveObservation" -> {
                String path = "/api/v1/observations/" + found.get("figure");
                yield new Step("figures", "POST", path + "/approval", admin, path, "{}", List.of(path,
                        "/api/v1/observations?indicator=BUD-REVENUE&orgUnit=063&year=2024"));
            }
            case "withdrawObservation" -> {
                String path = "/api/v1/observations/" + found.get("figure");
                yield new Step("figures", "POST", path + "/withdrawal", admin, path,
                        "{\"reason\":\"write walk\"}", List.of(path, path + "/history"));
            }
            case "recordTallySheet" -> new Step("contests", "POST", contestPath + "/rounds/1/sheets", secretariat,
                    null, "{\"countingCommittee\":[\"Trưởng ban\"],\"summoned\":47,\"present\":45,\"absent\":2,"
                            + "\"ballotsIssued\":45,\"ballotsCollected\":45,\"validBallots\":45,\"invalidBallots\":0,"
                            + "\"lines\":[{\"candidateId\":\"" + found.get("candidate") + "\",\"agree\":40,"
                            + "\"disagree\":3,\"notCounted\":2}]}",
                    List.of(contestPath, contestPath + "/results"));
            case "endMembership" -> {
                String path = "/api/v1/memberships/" + found.get("membership");
                yield new Step("congress", "PATCH", path, secretariat, path, "{\"endDate\":\"2021-05-31\","
                        + "\"endReason\":\"TRANSFERRED\",\"reason\":\"write walk\"}",
                        List.of(path, "/api/v1/people/" + found.get("person"), "/api/v1/bodies/" + BODY + "/members"));
            }
            default -> throw new IllegalStateException("no late step for " + operation);
        };
    }

    /** Sends one write and checks that each of its reads has a new ETag; the answer's JSON. */
    private JsonNode write(String operation, Step step) throws Exception {
        Map<String, String> before = new LinkedHashMap<>();
        for (String read : step.reads()) {
            before.put(read, etag(read));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(step.path())).timeout(Duration.ofSeconds(10))
                .header("Authorization", step.authorization()).header("Content-Type", "application/json")
                .method(step.method(), HttpRequest.BodyPublishers.ofString(step.body(), StandardCharsets.UTF_8));
        if (step.ifMatchOf() != null) {
            request.header("If-Match", etag(step.ifMatchOf()));
        }
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(answer.statusCode() / 100 == 2, operation + " answered " + answer.statusCode() + ": "
                + answer.body());
        for (String read : step.reads()) {
            assertNotEquals(before.get(read), etag(read), operation + " changed the " + step.dataset()
                    + " dataset, but " + read + " still serves its old ETag");
        }
        return JSON.readTree(answer.body());
    }

    /** What later steps need from an answer. */
    private void remember(String operation, JsonNode answer) throws Exception {
        switch (operation) {
            case "importObservations" -> found.put("figure", JSON.readTree(get(
                    "/api/v1/observations?indicator=BUD-REVENUE&orgUnit=063&year=2024").body())
                    .path("items").get(0).path("id").asText());
            case "createContest" -> found.put("candidate", answer.path("candidates").get(0).path("id").asText());
            case "approveContest" -> {
                found.put("membership", answer.path("memberships").get(0).path("id").asText());
                found.put("person", answer.path("memberships").get(0).path("person").path("id").asText());
            }
            default -> {
            }
        }
    }

    private List<String> contractWrites() throws Exception {
        List<String> writes = new ArrayList<>();
        JsonNode paths = JSON.readTree(get("/openapi").body()).path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            for (String method : List.of("post", "put", "patch", "delete")) {
                JsonNode operation = path.getValue().path(method);
                if (!operation.isMissingNode()) {
                    writes.add(operation.path("operationId").asText(method + " " + path.getKey()));
                }
            }
        }
        return writes;
    }

    /** The lowest number the plan declares and nothing holds yet; the count is raised when none is left. */
    private int freeNumber(String kind) throws Exception {
        JsonNode missing = JSON.readTree(get("/api/v1/plan").body()).path("missingNumbers").path(kind);
        if (missing.size() > 0) {
            return missing.get(0).asInt();
        }
        int next = declared(kind) + 1;
        write("raise the declared count of " + kind, new Step("plan", "PUT", "/api/v1/plan/declared/" + kind, admin,
                "/api/v1/plan/declared/" + kind, "{\"declared\":" + next + ",\"reason\":\"write walk\"}",
                List.of("/api/v1/plan/declared/" + kind)));
        return next;
    }

    private int declared(String kind) throws Exception {
        return JSON.readTree(get("/api/v1/plan/declared/" + kind).body()).path("declared").asInt();
    }

    private String etag(String path) throws Exception {
        HttpResponse<String> read = get(path);
        assertEquals(200, read.statusCode(), path + ": " + read.body());
        return read.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path + " has no ETag"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + gateway + path);
    }
}
