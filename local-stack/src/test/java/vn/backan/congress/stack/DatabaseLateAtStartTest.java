package vn.backan.congress.stack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.backan.congress.devkit.db.EmbeddedMariaDb;
import vn.backan.congress.devkit.db.FreePorts;
import vn.backan.congress.devkit.db.SwitchableTcpProxy;

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
        try (EmbeddedMariaDb database = EmbeddedMariaDb.start(config.databasePort(), config.databaseDataDir(),
                config.databaseBaseDir());
                SwitchableTcpProxy link = new SwitchableTcpProxy(config.databasePort())) {
            database.ensureDatabase("elections", "elections", StackConfig.localPassword("elections"));
            link.cut();
            try (OneService elections = OneService.start(config, "elections", link.port())) {
                // Flyway says so when it tries again; until then the service has not reached its database.
                for (int i = 0; i < 240 && elections.process.isAlive() && !elections.logged("Retrying in"); i++) {
                    Thread.sleep(250);
                }
                assertTrue(elections.process.isAlive(), "exited while its database was away: " + elections.firstError());
                assertTrue(elections.logged("Retrying in"), "no retry logged within 60 s");
                assertFalse(Readiness.isReady(elections.component.managementPort()), "ready without a database");
                link.restore();
                assertTrue(elections.awaitReady(), "not ready after the database came back: " + elections.firstError());
            }
            assertFalse(FreePorts.inUse(config.component("elections-service").port()));
        }
    }
}
