package vn.backan.congress.targets;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import vn.backan.congress.devkit.testing.FreeManagementPort;
import vn.backan.congress.devkit.testing.ServiceListenerTests;

/** The packaged jar, started as in production, against the test database (TestResources). */
@QuarkusIntegrationTest
@WithTestResource(FreeManagementPort.class)
class ProductionListenerIT extends ServiceListenerTests {

    @Override
    protected String read() {
        return "/api/v1/org-units";
    }

    @Override
    protected String badParameter() {
        return "/api/v1/org-units?format=csv&bom=no";
    }
}
