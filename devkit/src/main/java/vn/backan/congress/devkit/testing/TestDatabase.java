package vn.backan.congress.devkit.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import vn.backan.congress.devkit.db.DatabaseAdmin;
import vn.backan.congress.devkit.db.EmbeddedMariaDb;
import vn.backan.congress.devkit.db.FreePorts;
import vn.backan.congress.devkit.db.SwitchableTcpProxy;

/**
 * Gives a service's {@code @QuarkusTest}s a real, empty MariaDB database of their own, reached
 * through a {@link SwitchableTcpProxy} so a test can take the database away.
 *
 * <p>With {@code CONGRESS_TEST_DB_URL} set (e.g. {@code jdbc:mariadb://127.0.0.1:3306/}, plus
 * {@code CONGRESS_TEST_DB_USER} / {@code CONGRESS_TEST_DB_PASSWORD}) it uses that server; otherwise
 * it starts an embedded MariaDB under {@code target/}. Init arg {@code database} names the service.
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedMariaDb embedded;
    private static SwitchableTcpProxy proxy;
    private static Admin admin;

    /** How to reach the test server as its administrator. */
    public record Admin(String url, String user, String password) {

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        /** The JDBC URL of one database on this server. */
        public String urlOf(String database) {
            return url.endsWith("/") ? url + database : url + "/" + database;
        }
    }

    static final String PLAIN_COLLATION = "utf8mb4_general_ci";

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "service") + "_test";
    }

    @Override
    public Map<String, String> start() {
        String adminUrl = System.getenv("CONGRESS_TEST_DB_URL");
        String adminUser = System.getenv().getOrDefault("CONGRESS_TEST_DB_USER", "root");
        String adminPassword = System.getenv().getOrDefault("CONGRESS_TEST_DB_PASSWORD", "");
        if (adminUrl == null || adminUrl.isBlank()) {
            embedded = startEmbedded();
            adminUrl = embedded.serverUrl();
        }
        admin = new Admin(adminUrl, adminUser, adminPassword);
        String password = "test-" + database;
        try (Connection c = admin.connect(); Statement s = c.createStatement()) {
            // A fresh database per run: tests never depend on what an earlier run left behind.
            DatabaseAdmin.dropDatabase(s, database);
            // Created with a plain default collation, so the tests prove that the service's own
            // migrations set the accent-sensitive one rather than inheriting it from here.
            DatabaseAdmin.ensureDatabase(s, database, database, password, PLAIN_COLLATION);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database " + database + " could not be prepared at " + adminUrl, e);
        }
        java.net.URI server = java.net.URI.create(adminUrl.substring("jdbc:".length()));
        proxy = new SwitchableTcpProxy(server.getHost(), server.getPort() > 0 ? server.getPort() : 3306);
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:mariadb://127.0.0.1:" + proxy.port() + "/" + database,
                "quarkus.datasource.username", database,
                "quarkus.datasource.password", password);
    }

    /**
     * Another empty database on the test server, created anew with the same plain collation, for
     * tests that need a database besides the service's own; reached as the administrator.
     */
    public static String scratch(String name) throws SQLException {
        try (Connection c = admin.connect(); Statement s = c.createStatement()) {
            DatabaseAdmin.dropDatabase(s, name);
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE " + PLAIN_COLLATION);
        }
        return admin.urlOf(name);
    }

    public static Admin admin() {
        return admin;
    }

    /** The switch between the service and its database, for tests of readiness. */
    public static SwitchableTcpProxy link() {
        return proxy;
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }

    /** One data directory per module, reused run after run: the test database is recreated anyway. */
    private static EmbeddedMariaDb startEmbedded() {
        Path root = Path.of("target", "embedded-mariadb").toAbsolutePath();
        return EmbeddedMariaDb.start(FreePorts.pick(), root.resolve("data"), root.resolve("base"));
    }
}
