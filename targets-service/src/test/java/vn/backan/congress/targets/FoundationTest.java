package vn.backan.congress.targets;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import vn.backan.congress.devkit.testing.ServiceFoundationTests;
import vn.backan.congress.devkit.testing.TestDatabase;
import vn.backan.congress.devkit.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "database", value = "targets"))
@QuarkusTestResource(TestTokens.class)
class FoundationTest extends ServiceFoundationTests {

    @Inject
    AgroalDataSource dataSource;

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }
}
