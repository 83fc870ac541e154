package vn.backan.congress.programs;

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
        return "/api/v1/tasks";
    }

    @Override
    protected String badParameter() {
        return "/api/v1/tasks?updatedSince=yesterday";
    }
}
