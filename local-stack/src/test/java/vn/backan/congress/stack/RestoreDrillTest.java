package vn.backan.congress.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.backan.congress.devkit.db.EmbeddedMariaDb;

/**
 * The restore drill the runbook asks for, on the real stack: figures (the published record and a
 * correction), a contest with its tally sheet and a solution with updates go in through the
 * gateway; the databases are backed up while the stack runs; the data directory is deleted, as a
 * lost disk would; the backup is restored and the stack started on it. Every table's CHECKSUM
 * TABLE and the API's answers must be what they were. On the way, a corrupt backup and one from
 * a newer schema are refused without a byte of the data directory changing, and a dump that does
 * not load leaves the databases as they were.
 */
class RestoreDrillTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> DATABASES = List.of("targets", "programs", "elections");
    private static final String CONTEST = "DRILL-CONTEST";
    private static final short SOLUTION = 27;

    @Test
    void whatWasBackedUpComesBackAfterTheDiskIsLost() throws Exception {
        Path work = Path.of("target", "e2e-restore").toAbsolutePath();
        KeycloakServer.deleteTree(work); // the drill starts from nothing, every run
        StackConfig config = StackConfig.isolated(ROOT, work.resolve("data"));
        Path backup = work.resolve("backup");

        Map<String, Long> checksums;
        Map<String, String> answers;
        try (LocalStack stack = LocalStack.start(config, line -> { })) {
            int gateway = config.component("gateway").port();
            String observation = enterTheTermsWork(config, gateway);
            checksums = checksums(config);
            answers = answers(gateway, observation);
            BackupManifest manifest = StackBackup.write(config, backup, line -> { });
            assertEquals(DATABASES, manifest.databases().stream().map(BackupManifest.Dump::database).toList());
            assertEquals("10", manifest.dumpOf("targets").orElseThrow().schemaVersion(), "targets' V10 migration");
            assertTrue(manifest.serverVersion().startsWith("10.11."), manifest.serverVersion());
            storedCodeIsRefusedNotLost(config, work.resolve("with-a-routine"));
        }
        assertTrue(checksums.size() >= 29, "every table of the three databases: " + checksums.keySet());

        refusalsChangeNothing(config, backup, work);
        aDumpThatDoesNotLoadLeavesTheDatabases(config, backup, work, checksums);

        KeycloakServer.deleteTree(config.databaseDataDir());
        StackRestore.restore(config, backup, line -> { });
        try (LocalStack stack = LocalStack.start(config, line -> { })) {
            assertEquals(checksums, checksums(config));
            assertNoScratchDatabase(config.databasePort());
            int gateway = config.component("gateway").port();
            String observation = answers.get("observation id");
            assertEquals(answers, answers(gateway, observation));
        }
    }

    /** Writes through the gateway as the districts and the secretariat do; gives the corrected figure's id. */
    private static String enterTheTermsWork(StackConfig config, int gateway) throws Exception {
        String admin = "Bearer " + StackCli.issueToken(config, "admin", null);
        String secretariat = "Bearer " + StackCli.issueToken(config, "secretariat", null);
        PublishedRecord.Outcome loaded = new PublishedRecord(URI.create("http://127.0.0.1:" + gateway),
                StackCli.issueToken(config, "admin", null)).load(ROOT.resolve(PublishedRecord.FILE));
        assertEquals(PublishedRecord.keys(ROOT.resolve(PublishedRecord.FILE)).size(), loaded.created(),
                "the published record's figures (rows of one figure are one)");
        // A correction, so the figure has a history of two values.
        assertEquals(200, post(gateway, "/api/v1/observations/import", admin,
                "[{\"indicator\":\"UTL-RURAL-CLEAN-WATER\",\"orgUnit\":\"065\",\"year\":2021,\"value\":77.25}]"));
        assertEquals(200, post(gateway, "/api/v1/observations/import", admin,
                "[{\"indicator\":\"UTL-RURAL-CLEAN-WATER\",\"orgUnit\":\"065\",\"year\":2021,\"value\":77.5}]"));

        assertEquals(201, post(gateway, "/api/v1/contests", secretariat, "{\"code\":\"" + CONTEST
                + "\",\"bodyCode\":\"EXECUTIVE-COMMITTEE-XII\",\"name\":{\"vi\":\"Bầu thử diễn tập\",\"en\":\"Drill\"},"
                + "\"seats\":1,\"alternateSeats\":0,\"ballotStyle\":\"AGREE_DISAGREE\",\"ruleSet\":\"244-2014\","
                + "\"electorate\":\"COMMITTEE_MEMBERS\",\"heldOn\":\"2020-10-28\",\"candidates\":[{\"name\":\"Nông Văn Tải\"}]}"));
        assertEquals(201, post(gateway, "/api/v1/contests/" + CONTEST + "/rounds/1/sheets", secretariat,
                "{\"countingCommittee\":[\"Trưởng ban\"],\"summoned\":47,\"present\":45,\"absent\":2,"
                        + "\"ballotsIssued\":45,\"ballotsCollected\":45,\"validBallots\":45,\"invalidBallots\":0,"
                        + "\"lines\":[{\"candidateId\":\"nong-van-tai\",\"agree\":40,\"disagree\":3,\"notCounted\":2}]}"));

        assertEquals(201, post(gateway, "/api/v1/tasks", admin, "{\"number\":1,\"title\":{\"vi\":\"Nhiệm vụ diễn tập\"}}"));
        assertEquals(201, post(gateway, "/api/v1/solutions", admin, "{\"number\":" + SOLUTION + ",\"taskNumber\":1,"
                + "\"title\":{\"vi\":\"Giải pháp diễn tập\"},\"programCodes\":[\"KP-3-AGRI-FORESTRY\"],"
                + "\"leadAgency\":\"Sở Nông nghiệp và PTNT\",\"indicatorCodes\":[\"NRD-COMMUNES\"],\"reportingOrgUnits\":[\"065\"]}"));
        for (String update : List.of("\"2021-04-01\",\"status\":\"IN_PROGRESS\",\"percentComplete\":30",
                "\"2022-04-01\",\"status\":\"COMPLETED\",\"percentComplete\":100")) {
            assertEquals(201, post(gateway, "/api/v1/solutions/" + SOLUTION + "/updates", admin, "{\"reportDate\":"
                    + update + ",\"orgUnit\":\"065\",\"narrative\":{\"vi\":\"Đã triển khai tại các xã\"}}"));
        }
        JsonNode figure = JSON.readTree(get(gateway,
                "/api/v1/observations?indicator=UTL-RURAL-CLEAN-WATER&orgUnit=065&year=2021")).path("items").get(0);
        assertEquals("77.5", figure.path("value").asText());
        return figure.path("id").asText();
    }

    /** What a client reads: progress, the plan, the contest's results, the figure's history, the updates. */
    private static Map<String, String> answers(int gateway, String observation) throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("observation id", observation);
        for (String path : List.of("/api/v1/progress", "/api/v1/progress?orgUnit=065", "/api/v1/plan",
                "/api/v1/contests/" + CONTEST + "/results", "/api/v1/observations/" + observation + "/history",
                "/api/v1/solutions/" + SOLUTION + "/updates", "/api/v1/solutions/" + SOLUTION)) {
            answers.put(path, get(gateway, path));
        }
        assertTrue(answers.get("/api/v1/observations/" + observation + "/history").contains("77.25"),
                "the corrected value is in the history");
        return answers;
    }

    /** The dump leaves stored code out, so a database that has some is not backed up at all. */
    private static void storedCodeIsRefusedNotLost(StackConfig config, Path dir) throws Exception {
        try (Connection c = EmbeddedMariaDb.adminConnection(config.databasePort()); Statement s = c.createStatement()) {
            s.execute("CREATE PROCEDURE programs.drill_noop() SELECT 1");
            try {
                assertEquals("programs holds triggers, routines or events, which bin/stack backup cannot dump yet;"
                        + " no backup was written", assertThrows(StackException.class,
                                () -> StackBackup.write(config, dir, line -> { })).getMessage());
                try (Stream<Path> left = Files.list(dir)) {
                    assertEquals(List.of(), left.toList(), "targets.sql, dumped first, was removed");
                }
            } finally {
                s.execute("DROP PROCEDURE programs.drill_noop");
            }
        }
    }

    /** Neither refusal starts the server, so the stopped stack's files are byte for byte as they were. */
    private static void refusalsChangeNothing(StackConfig config, Path backup, Path work) throws Exception {
        Map<String, String> files = fileHashes(config.databaseDataDir());

        Path corrupt = copy(backup, work.resolve("corrupt"));
        byte[] sql = Files.readAllBytes(corrupt.resolve("elections.sql"));
        sql[sql.length / 2] ^= 1;
        Files.write(corrupt.resolve("elections.sql"), sql);
        assertEquals(corrupt + " is corrupt: elections.sql does not match its SHA-256 in manifest.json",
                assertThrows(StackException.class, () -> StackRestore.restore(config, corrupt, line -> { })).getMessage());

        Path newer = copy(backup, work.resolve("newer"));
        String manifest = Files.readString(newer.resolve("manifest.json"));
        Files.writeString(newer.resolve("manifest.json"),
                manifest.replace("\"codeSchemaVersion\" : \"10\"", "\"codeSchemaVersion\" : \"11\""));
        assertEquals(newer + " is from a newer schema: targets was backed up by code whose migrations end at 11,"
                        + " this code's end at 10; restore it with that code or newer",
                assertThrows(StackException.class, () -> StackRestore.restore(config, newer, line -> { })).getMessage());

        assertEquals(files, fileHashes(config.databaseDataDir()));
    }

    /**
     * A dump whose checksum is right but whose SQL fails (written so by hand here) is found while
     * loading the scratch copies; the service databases are not dropped and no scratch one is left.
     */
    private static void aDumpThatDoesNotLoadLeavesTheDatabases(StackConfig config, Path backup, Path work,
            Map<String, Long> checksums) throws Exception {
        Path broken = copy(backup, work.resolve("broken"));
        Path programs = broken.resolve("programs.sql");
        String before = Sha256.hex(programs);
        Files.writeString(programs, Files.readString(programs) + "INSERT INTO no_such_table VALUES (1);\n");
        Files.writeString(broken.resolve("manifest.json"),
                Files.readString(broken.resolve("manifest.json")).replace(before, Sha256.hex(programs)));
        String message = assertThrows(StackException.class,
                () -> StackRestore.restore(config, broken, line -> { })).getMessage();
        assertTrue(message.startsWith("programs.sql does not load (") && message.endsWith("); nothing was changed"), message);

        try (EmbeddedMariaDb server = EmbeddedMariaDb.start(config.databasePort(), config.databaseDataDir(),
                config.databaseBaseDir())) {
            assertEquals(checksums, checksums(server.port()));
            assertNoScratchDatabase(server.port());
        }
    }

    private static void assertNoScratchDatabase(int port) throws SQLException {
        try (Connection c = EmbeddedMariaDb.adminConnection(port); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT schema_name FROM information_schema.schemata"
                        + " WHERE schema_name LIKE '%restor%'")) {
            assertFalse(r.next(), "a scratch database was left behind");
        }
    }

    private static Map<String, Long> checksums(StackConfig config) throws SQLException {
        return checksums(config.databasePort());
    }

    /** CHECKSUM TABLE of every table of the three databases, by "database.table". */
    private static Map<String, Long> checksums(int port) throws SQLException {
        try (Connection c = EmbeddedMariaDb.adminConnection(port)) {
            return checksums(c);
        }
    }

    private static Map<String, Long> checksums(Connection c) throws SQLException {
        Map<String, Long> sums = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT CONCAT('`', table_schema, '`.`', table_name, '`') FROM information_schema.tables"
                        + " WHERE table_schema IN ('targets', 'programs', 'elections') AND table_type = 'BASE TABLE'")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        try (Statement s = c.createStatement()) {
            for (String table : tables) {
                try (ResultSet r = s.executeQuery("CHECKSUM TABLE " + table)) {
                    r.next();
                    sums.put(r.getString(1), r.getLong(2));
                }
            }
        }
        return sums;
    }

    private static Map<String, String> fileHashes(Path dir) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                hashes.put(dir.relativize(file).toString(), Sha256.hex(file));
            }
        }
        return hashes;
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }

    private static int post(int gateway, String path, String authorization, String json) throws Exception {
        HttpResponse<String> response = LocalStackEndToEndTest.post(gateway, path, authorization, json);
        assertTrue(response.statusCode() < 300, path + ": " + response.statusCode() + " " + response.body());
        return response.statusCode();
    }

    private static String get(int gateway, String path) throws Exception {
        HttpResponse<String> response = LocalStackEndToEndTest.get(gateway, path, null);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }
}
