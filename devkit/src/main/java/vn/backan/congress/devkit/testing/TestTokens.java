package vn.backan.congress.devkit.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import vn.backan.congress.devkit.jwt.JwtKeys;
import vn.backan.congress.devkit.jwt.TokenIssuer;

/** Points a service under test at a throw-away key pair and signs tokens with it. */
public class TestTokens implements QuarkusTestResourceLifecycleManager {

    private static JwtKeys keys;

    @Override
    public Map<String, String> start() {
        keys = JwtKeys.loadOrCreate(Path.of("target", "test-jwt").toAbsolutePath());
        return Map.of(
                "mp.jwt.verify.publickey.location", keys.publicKeyFile().toUri().toString(),
                "mp.jwt.verify.issuer", TokenIssuer.ISSUER);
    }

    @Override
    public void stop() {
        // The keys stay under target/ and are removed with it.
    }

    public static String bearer(String role, String orgUnit) {
        return "Bearer " + new TokenIssuer(keys.privateKey()).issue(role, orgUnit, Duration.ofMinutes(10));
    }
}
