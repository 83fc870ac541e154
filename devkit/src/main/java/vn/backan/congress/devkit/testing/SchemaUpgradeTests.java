package vn.backan.congress.devkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import vn.backan.congress.devkit.db.SchemaDescription;

/**
 * A database made before commons-rest owned its tables must still start: built here with the
 * service's migrations as they stood then (commons-rest's test resources keep them), then
 * migrated with the service's Flyway configuration as Quarkus set it up. It must end in the same
 * schema, with the same data, as a new database, and keep what was written into it before.
 * A service's test extends this and adds {@code @QuarkusTest}.
 */
public abstract class SchemaUpgradeTests {

    /** Flyway's history differs by design; the rows written before the upgrade are checked apart. */
    private static final Set<String> ROWS_DIFFER = Set.of("flyway_schema_history", "change_log", "idempotent_request");

    /** The service's Flyway, as Quarkus configured it. */
    protected abstract Flyway flyway();

    /** The service's name: its migrations of then are under db/before-commons-rest/{name}. */
    protected abstract String service();

    /** How many migrations the service had then. */
    protected abstract int migrationsBefore();

    /**
     * How many versioned migrations the service gained after its baseline (from V7 in targets, V5 in
     * programs, V4 in elections): they run on both databases. Raise it with each new migration.
     */
    protected int migrationsSince() {
        return 0;
    }

    @Test
    void aDatabaseMadeByTheEarlierMigrationsEndsLikeANewOne() throws SQLException {
        TestDatabase.Admin admin = TestDatabase.admin();
        String before = TestDatabase.scratch(service() + "_before_test");
        MigrateResult then = Flyway.configure().dataSource(before, admin.user(), admin.password())
                .locations("classpath:db/before-commons-rest/" + service()).load().migrate();
        assertEquals(migrationsBefore(), then.migrationsExecuted, "the earlier migrations build the database");
        execute(before, admin, "INSERT INTO change_log (actor, request_id, entity_type, entity_key, action)"
                + " VALUES ('before-the-move', 'req-1', 'probe', 'p1', 'CREATE')",
                "INSERT INTO idempotent_request (caller, idem_key, request_hash, status, media_type, body, location, etag)"
                        + " VALUES ('before-the-move', 'key-1', 'h', 201, 'application/json', '{}', '/x', '\"e\"')");

        MigrateResult upgrade = withServiceConfiguration(before, admin).migrate();
        assertTrue(upgrade.success);
        assertEquals(1 + migrationsSince(), upgrade.migrationsExecuted,
                "commons-rest's repeatable migration and the service's migrations since then run");
        String fresh = TestDatabase.scratch(service() + "_fresh_test");
        withServiceConfiguration(fresh, admin).migrate();

        List<String> expected = SchemaDescription.of(fresh, admin.user(), admin.password(), ROWS_DIFFER);
        List<String> actual = SchemaDescription.of(before, admin.user(), admin.password(), ROWS_DIFFER);
        assertTrue(expected.size() > 20, "the description covers the schema");
        assertEquals(List.of(), SchemaDescription.differences(expected, actual), "upgraded (+) against new (-)");
        assertEquals(1, count(before, admin, "change_log WHERE actor = 'before-the-move' AND entity_key = 'p1'"));
        assertEquals(1, count(before, admin, "idempotent_request WHERE caller = 'before-the-move' AND etag = '\"e\"'"));
        assertEquals(0, withServiceConfiguration(before, admin).migrate().migrationsExecuted, "a second start changes nothing");
    }

    private Flyway withServiceConfiguration(String url, TestDatabase.Admin admin) {
        return Flyway.configure().configuration(flyway().getConfiguration())
                .dataSource(url, admin.user(), admin.password()).load();
    }

    private static void execute(String url, TestDatabase.Admin admin, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, admin.user(), admin.password());
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static long count(String url, TestDatabase.Admin admin, String fromWhere) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, admin.user(), admin.password());
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + fromWhere)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
