package vn.backan.congress.targets;

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
        return "targets";
    }

    /** V1 to V6, as they stood on 2026-12-01. */
    @Override
    protected int migrationsBefore() {
        return 6;
    }

    /** V7 (figure citations), V8 (withdrawal and updated_at), V9 (qualifiers and other values), V10 (poverty unit). */
    @Override
    protected int migrationsSince() {
        return 4;
    }
}
