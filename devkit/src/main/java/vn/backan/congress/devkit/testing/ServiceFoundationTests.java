package vn.backan.congress.devkit.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.backan.congress.devkit.db.EmbeddedMariaDb;

/**
 * What every service promises from day one, tested the same way in each: its schema is Flyway's
 * and accent-sensitive, readiness follows the database, errors are problem+json, and the
 * operational endpoints answer. A service's test extends this and adds {@code @QuarkusTest}.
 */
public abstract class ServiceFoundationTests {

    /** The service's own datasource, injected by the subclass. */
    protected abstract DataSource dataSource();

    @Test
    void flywayAppliedTheBaselineAndEveryTableIsAccentSensitive() throws Exception {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery(
                    "SELECT success FROM flyway_schema_history WHERE version = '1'")) {
                assertTrue(rs.next(), "migration V1 is recorded");
                assertTrue(rs.getBoolean(1), "migration V1 succeeded");
            }
            List<String> wrong = new ArrayList<>();
            // The test database was created with a plain default collation (see TestDatabase), so
            // only the migrations can have made these tables accent-sensitive. Flyway's own history
            // table is created before any migration runs and is left out.
            try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME, TABLE_COLLATION FROM information_schema.TABLES"
                    + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME <> 'flyway_schema_history'")) {
                while (rs.next()) {
                    if (!EmbeddedMariaDb.COLLATION.equals(rs.getString(2))) {
                        wrong.add(rs.getString(1) + "=" + rs.getString(2));
                    }
                }
            }
            assertEquals(List.of(), wrong, "tables without " + EmbeddedMariaDb.COLLATION);
            try (ResultSet rs = s.executeQuery("SELECT DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA"
                    + " WHERE SCHEMA_NAME = DATABASE()")) {
                rs.next();
                assertEquals(EmbeddedMariaDb.COLLATION, rs.getString(1), "the baseline sets the database default too");
            }
        }
    }

    @Test
    void readinessFollowsTheDatabaseWithoutARestart() throws Exception {
        Management.given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        TestDatabase.link().cut();
        try {
            Response down = awaitReadiness(503);
            assertEquals("DOWN", down.path("status"));
        } finally {
            TestDatabase.link().restore();
        }
        assertEquals("UP", awaitReadiness(200).path("status"));
        Management.given().get("/q/health/live").then().statusCode(200);
    }

    /** A caller's W3C traceparent is taken: its trace id names the problem, as it names the logs. */
    @Test
    void aProblemNamesTheCallersTrace() {
        given().header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .get("/api/v1/no-such-collection").then().statusCode(404)
                .body("traceId", equalTo("4bf92f3577b34da6a3ce929d0e0e4736"));
        String made = given().get("/api/v1/no-such-collection").then().statusCode(404).extract().path("traceId");
        assertTrue(made.matches("[0-9a-f]{32}") && !made.equals("4bf92f3577b34da6a3ce929d0e0e4736"), made);
    }

    @Test
    void unknownPathIsProblemJson() {
        given().get("/api/v1/no-such-collection").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo("/api/v1/no-such-collection"));
    }

    @Test
    void requestIdIsEchoed() {
        given().header("X-Request-Id", "district-portal-7").get("/api/v1/no-such-collection")
                .then().header("X-Request-Id", "district-portal-7");
    }

    /** Probes and metrics are for the cluster, on the management port: the public one does not have them. */
    @Test
    void healthAndMetricsAreOnlyOnTheManagementPort() {
        for (String path : java.util.List.of("/q/health/ready", "/q/health/live", "/q/metrics")) {
            given().get(path).then().statusCode(404).contentType("application/problem+json");
            Management.given().get(path).then().statusCode(200);
        }
    }

    @Test
    void publishesOpenApiAndMetrics() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200).body("openapi", containsString("3."));
        Management.given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        Management.given().get("/q/health/ready").then().body("checks.name", hasItem(containsString("Database")));
    }

    /**
     * The contract clients generate code from: every public operation has a summary and its
     * problem+json error responses, each with an example (the gateway merges these documents).
     */
    @Test
    void everyOperationHasASummaryAndExampledProblemResponses() {
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = given()
                .accept("application/json").get("/q/openapi").then().statusCode(200).extract().path("paths");
        List<String> gaps = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!(operation instanceof java.util.Map) || operation.get("responses") == null) {
                return; // path-level keys such as "parameters"
            }
            if (operation.get("summary") == null || operation.get("summary").toString().isBlank()) {
                gaps.add(method + " " + path + ": no summary");
            }
            @SuppressWarnings("unchecked")
            java.util.Map<String, java.util.Map<String, Object>> responses =
                    (java.util.Map<String, java.util.Map<String, Object>>) operation.get("responses");
            boolean exampled = responses.values().stream().anyMatch(r -> String.valueOf(r.get("content"))
                    .contains("application/problem+json") && String.valueOf(r.get("content")).contains("example"));
            if (!exampled) {
                gaps.add(method + " " + path + ": no problem+json response with an example");
            }
        }));
        assertTrue(paths.size() > 1, "paths: " + paths.keySet());
        assertEquals(List.of(), gaps);
    }

    /**
     * Generated clients name their methods after operationIds and Swagger UI finds operations by
     * them: each must be present and unique, and each operation's tag declared with a description.
     */
    @Test
    void everyOperationHasItsOwnIdAndADeclaredTag() {
        Response doc = given().accept("application/json").get("/q/openapi");
        java.util.Map<String, java.util.Map<String, Object>> paths = doc.path("paths");
        List<java.util.Map<String, Object>> declared = doc.path("tags");
        java.util.Set<String> tags = new java.util.HashSet<>();
        declared.forEach(t -> {
            assertTrue(t.get("description") != null && !t.get("description").toString().isBlank(),
                    "tag without a description: " + t.get("name"));
            tags.add(String.valueOf(t.get("name")));
        });
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        List<String> gaps = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, value) -> {
            if (!(value instanceof java.util.Map<?, ?> operation) || operation.get("responses") == null) {
                return;
            }
            String where = method.toUpperCase(java.util.Locale.ROOT) + " " + path;
            Object id = operation.get("operationId");
            String earlier = id == null ? null : seen.putIfAbsent(id.toString(), where);
            if (id == null || earlier != null) {
                gaps.add(where + ": operationId " + id + (earlier == null ? "" : ", also " + earlier));
            }
            Object opTags = operation.get("tags");
            if (!(opTags instanceof List<?> list) || list.size() != 1 || !tags.contains(String.valueOf(list.get(0)))) {
                gaps.add(where + ": tags " + opTags + " (one declared tag expected)");
            }
        }));
        assertTrue(seen.size() > 1, "operations: " + seen);
        assertEquals(List.of(), gaps);
    }

    /**
     * What a generated client needs from each operation: a one-line summary and a description,
     * a named schema on every JSON success, Location on a 201, and who may call it (security:
     * [] for a public read, the bearer scheme for the rest). No schema is renamed
     * with a number (two Java types with one name).
     */
    @Test
    void everyOperationIsTypedAndSaysWhoMayCallIt() {
        Response doc = given().accept("application/json").get("/q/openapi");
        java.util.Map<String, java.util.Map<String, Object>> paths = doc.path("paths");
        java.util.Map<String, Object> schemas = doc.path("components.schemas");
        List<String> gaps = new ArrayList<>();
        schemas.keySet().stream().filter(name -> name.matches(".*\\d")).forEach(name -> gaps.add("schema " + name));
        paths.forEach((path, operations) -> operations.forEach((method, value) -> {
            if (!(value instanceof java.util.Map<?, ?> operation) || operation.get("responses") == null) {
                return;
            }
            String where = method.toUpperCase(java.util.Locale.ROOT) + " " + path;
            String summary = String.valueOf(operation.get("summary"));
            if (summary.length() > 60 || summary.contains(". ")) {
                gaps.add(where + ": summary is not one short line: " + summary);
            }
            if (operation.get("description") == null) {
                gaps.add(where + ": no description");
            }
            if (!(operation.get("security") instanceof List<?> security)) {
                gaps.add(where + ": security not stated");
            } else if (!security.isEmpty() && !security.equals(List.of(java.util.Map.of("bearer", List.of())))) {
                gaps.add(where + ": security " + security);
            }
            ((java.util.Map<?, ?>) operation.get("responses")).forEach((status, response) -> {
                String answer = String.valueOf(response);
                if (status.toString().startsWith("2") && answer.contains("application/json")
                        && !answer.matches("(?s).*application/json=\\{schema=\\{.+")) {
                    gaps.add(where + " " + status + ": JSON without a schema");
                }
                if (status.equals("201") && !answer.contains("Location=")) {
                    gaps.add(where + ": 201 without Location");
                }
            });
        }));
        assertEquals(List.of(), gaps);
    }

    @Test
    void aLocalTokenIsAcceptedAndReadBack() {
        given().header("Authorization", TestTokens.bearer("reporter", "064")).get("/api/v1/me")
                .then().statusCode(200)
                .body("roles", org.hamcrest.Matchers.contains("reporter"))
                .body("orgUnit", equalTo("064"))
                .body("name", equalTo("local-reporter"));
    }

    @Test
    void noTokenOrABadOneIs401ProblemJson() {
        given().get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", containsString("Bearer"));
        given().header("Authorization", "Bearer not.a.token").get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json");
        String forged = TestTokens.bearer("admin", null);
        String tampered = forged.substring(0, forged.length() - 4) + (forged.endsWith("AAAA") ? "BBBB" : "AAAA");
        given().header("Authorization", tampered).get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json");
    }

    /** Polls readiness until it answers {@code status}; bounded, so a broken check fails rather than hangs. */
    private static Response awaitReadiness(int status) throws InterruptedException {
        Response last = null;
        for (int i = 0; i < 60; i++) {
            last = Management.given().get("/q/health/ready");
            if (last.statusCode() == status) {
                return last;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("readiness never answered " + status + "; last: " + last.asString());
    }
}
