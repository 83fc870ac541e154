package vn.backan.congress.elections;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import vn.backan.congress.devkit.testing.TestDatabase;
import vn.backan.congress.devkit.testing.TestTokens;
import vn.backan.congress.devkit.testing.Utf8Requests;

/**
 * What every {@code @QuarkusTest} of elections-service runs against: a fresh MariaDB database of its
 * own ({@code elections_test}, on the machine's server when CONGRESS_TEST_DB_URL is set, else an
 * embedded one), a throw-away key pair that signs the tokens {@code As.admin()} and the like
 * send, and requests written in UTF-8. Quarkus applies test resources to all tests wherever they
 * are declared; they are declared once, here, and Quarkus starts once for the whole module.
 */
@QuarkusTestResource(value = TestDatabase.class, initArgs = @ResourceArg(name = "database", value = "elections"))
@QuarkusTestResource(TestTokens.class)
@QuarkusTestResource(Utf8Requests.class)
public final class TestResources {

    private TestResources() {
    }
}
