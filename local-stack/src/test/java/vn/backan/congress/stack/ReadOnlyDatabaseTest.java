package vn.backan.congress.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.backan.congress.devkit.db.EmbeddedMariaDb;

/**
 * What a service does when its database turns read-only under it, as the old primary does after a
 * failover: a write is a 503 problem+json with Retry-After (not a 500), the pool drops the
 * connections its validation finds on a read-only server, and writes work again once the server
 * takes them.
 */
class ReadOnlyDatabaseTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern DESTROYED = Pattern.compile("(?m)^agroal_destroy_count_total\\{[^}]*} (\\S+)$");

    @Test
    void aWriteToAReadOnlyDatabaseIsA503AndThePoolLetsGoOfIt() throws Exception {
        StackConfig config = StackConfig.isolated(ROOT, Path.of("target", "e2e-read-only").toAbsolutePath());
        String secretariat = "Bearer " + StackCli.issueToken(config, "secretariat", null);
        try (EmbeddedMariaDb database = EmbeddedMariaDb.start(config.databasePort(), config.databaseDataDir(),
                config.databaseBaseDir());
                Connection root = database.adminConnection(); Statement s = root.createStatement()) {
            database.ensureDatabase("elections", "elections", StackConfig.localPassword("elections"));
            s.execute("SET GLOBAL read_only = 0"); // an earlier run may have stopped half-way
            try (OneService elections = OneService.start(config, "elections", database.port())) {
                assertTrue(elections.awaitReady(), elections.firstError());
                int port = elections.component.port();
                HttpResponse<String> first = postContest(port, secretariat);
                assertEquals(201, first.statusCode(), first.body());
                double destroyedBefore = destroyed(elections);

                s.execute("SET GLOBAL read_only = 1");
                try {
                    Thread.sleep(1_500); // the pooled connections are now idle past the 1 s that has them checked
                    HttpResponse<String> refused = postContest(port, secretariat);
                    assertEquals(503, refused.statusCode(), refused.body());
                    assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
                    assertTrue(refused.headers().firstValue("Retry-After").isPresent());
                    assertTrue(refused.body().contains("database-unavailable"), refused.body());
                    // Validation removes such a connection when it is next taken or, idle, within 10 s.
                    double destroyed = destroyed(elections);
                    for (int i = 0; i < 30 && destroyed <= destroyedBefore; i++) {
                        Thread.sleep(500);
                        destroyed = destroyed(elections);
                    }
                    assertTrue(destroyed > destroyedBefore, "no connection to the read-only server was dropped");
                } finally {
                    s.execute("SET GLOBAL read_only = 0");
                }
                assertTrue(elections.awaitReady(), elections.firstError());
                HttpResponse<String> again = postContest(port, secretariat);
                assertEquals(201, again.statusCode(), again.body());
            }
        }
    }

    private static HttpResponse<String> postContest(int port, String authorization) throws Exception {
        String code = "READ-ONLY-" + System.nanoTime() % 1_000_000_000_000L;
        return LocalStackEndToEndTest.post(port, "/api/v1/contests", authorization, "{\"code\":\"" + code
                + "\",\"bodyCode\":\"EXECUTIVE-COMMITTEE-XII\",\"name\":{\"vi\":\"Bầu thử\",\"en\":\"Test\"},\"seats\":1,"
                + "\"alternateSeats\":0,\"ballotStyle\":\"AGREE_DISAGREE\",\"ruleSet\":\"244-2014\",\"electorate\":"
                + "\"COMMITTEE_MEMBERS\",\"heldOn\":\"2020-10-28\",\"candidates\":[{\"name\":\"Nông Văn Tải\"}]}");
    }

    private static double destroyed(OneService service) throws Exception {
        String metrics = LocalStackEndToEndTest.get(service.component.managementPort(), "/q/metrics", null).body();
        Matcher m = DESTROYED.matcher(metrics);
        assertTrue(m.find(), "agroal_destroy_count_total in /q/metrics");
        return Double.parseDouble(m.group(1));
    }
}
