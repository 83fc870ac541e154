package vn.backan.congress.stack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.backan.congress.devkit.db.EmbeddedMariaDb;
import vn.backan.congress.devkit.db.FreePorts;
import vn.backan.congress.devkit.db.SwitchableTcpProxy;
import vn.backan.congress.devkit.jwt.JwtKeys;

/**
 * A service that starts while its database is away (still starting, or the operator promoting a
 * replica) waits for it instead of exiting at once: the packaged elections-service is started
 * with its database cut off, must still run after its first failed attempt, and is ready once the
 * database is back.
 */
class DatabaseLateAtStartTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void aServiceWaitsForADatabaseThatComesLate() throws Exception {
        StackConfig config = StackConfig.isolated(ROOT, Path.of("target", "e2e-late-database").toAbsolutePath());
        StackConfig.Component elections = config.component("elections-service");
        Path log = config.logOf(elections);
        Files.deleteIfExists(log);
        try (EmbeddedMariaDb database = EmbeddedMariaDb.start(config.databasePort(), config.databaseDataDir(),
                config.databaseBaseDir());
                SwitchableTcpProxy link = new SwitchableTcpProxy(config.databasePort())) {
            database.ensureDatabase("elections", "elections", StackConfig.localPassword("elections"));
            link.cut();
            Process service = ChildProcesses.launch(config.jarOf(elections), Map.of(
                    "CONGRESS_HTTP_PORT", String.valueOf(elections.port()),
                    "QUARKUS_MANAGEMENT_HOST", "127.0.0.1",
                    "QUARKUS_MANAGEMENT_PORT", String.valueOf(elections.managementPort()),
                    "MP_JWT_VERIFY_PUBLICKEY_LOCATION", JwtKeys.loadOrCreate(config.jwtDir()).publicKeyFile().toUri().toString(),
                    "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:mariadb://127.0.0.1:" + link.port() + "/elections",
                    "QUARKUS_DATASOURCE_USERNAME", "elections",
                    "QUARKUS_DATASOURCE_PASSWORD", StackConfig.localPassword("elections")), log);
            try {
                // Flyway says so when it tries again; until then the service has not reached its database.
                for (int i = 0; i < 240 && service.isAlive() && !logged(log, "Retrying in"); i++) {
                    Thread.sleep(250);
                }
                assertTrue(service.isAlive(), "exited while its database was away: " + ChildProcesses.firstError(log));
                assertTrue(logged(log, "Retrying in"), "no retry logged within 60 s");
                assertFalse(Readiness.isReady(elections.managementPort()), "ready without a database");
                link.restore();
                boolean ready = false;
                for (int i = 0; i < 120 && !ready && service.isAlive(); i++) {
                    Thread.sleep(500);
                    ready = Readiness.isReady(elections.managementPort());
                }
                assertTrue(ready, "not ready after the database came back: " + ChildProcesses.firstError(log));
            } finally {
                ChildProcesses.stop(service.toHandle(), 20);
            }
        }
        assertFalse(FreePorts.inUse(elections.port()));
    }

    private static boolean logged(Path log, String text) throws java.io.IOException {
        return Files.exists(log) && Files.readString(log).contains(text);
    }
}
