package vn.backan.congress.elections;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import vn.backan.congress.devkit.testing.ServiceFoundationTests;

/** The service's foundation, tested as every service's is; its resources are in {@link TestResources}. */
@QuarkusTest
class FoundationTest extends ServiceFoundationTests {

    @Inject
    AgroalDataSource dataSource;

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }
}
