package vn.backan.congress.elections;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import vn.backan.congress.devkit.testing.SchemaUpgradeTests;

@QuarkusTest
class SchemaUpgradeTest extends SchemaUpgradeTests {

    @Inject
    Flyway flyway;

    @Override
    protected Flyway flyway() {
        return flyway;
    }

    @Override
    protected String service() {
        return "elections";
    }

    /** V1 to V3, as they stood on 2026-12-01. */
    @Override
    protected int migrationsBefore() {
        return 3;
    }
}
