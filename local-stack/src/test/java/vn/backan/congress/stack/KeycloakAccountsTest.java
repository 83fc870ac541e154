package vn.backan.congress.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A district portal's real account: a Keycloak server with the realm k8s ships, and the stack
 * taking that realm's tokens (keys from its JWKS, issuer and audience checked, roles from
 * realm_access/roles, the org unit from org_unit). The client of district 061 imports a figure for
 * 061 through the gateway and is refused one for 062; after the realm's key rotates, its new
 * tokens are taken without a restart. Runs in the keycloak profile (.ci/run): it
 * downloads and starts a whole Keycloak.
 */
class KeycloakAccountsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String[] DISTRICTS = {"058", "060", "061", "062", "063", "064", "065", "066"};

    @Test
    void aDistrictClientWritesForItsOwnDistrictOnly() throws Exception {
        Map<String, String> secrets = new HashMap<>();
        for (String district : DISTRICTS) {
            secrets.put("DISTRICT_" + district + "_SECRET", "test-secret-" + district);
        }
        Path data = Path.of("target", "e2e-keycloak").toAbsolutePath();
        try (KeycloakServer keycloak = KeycloakServer.start(secrets, data.resolve("logs").resolve("keycloak.log"))) {
            StackConfig config = StackConfig.isolated(ROOT, data).withEnvironment(keycloak.verifierEnvironment());
            int gateway = config.component(StackConfig.GATEWAY).port();
            try (LocalStack stack = LocalStack.start(config, line -> { })) {
                String token = "Bearer " + keycloak.clientToken("district-061", "test-secret-061");

                String me = me(gateway, token).body();
                assertTrue(me.contains("\"orgUnit\":\"061\"") && me.contains("\"reporter\""), me);

                HttpResponse<String> own = LocalStackEndToEndTest.post(gateway, "/api/v1/observations/import", token,
                        figure("061"));
                assertEquals(200, own.statusCode(), own.body());
                HttpResponse<String> other = LocalStackEndToEndTest.post(gateway, "/api/v1/observations/import", token,
                        figure("062"));
                assertEquals(403, other.statusCode(), other.body());
                assertTrue(other.body().contains("scoped to 061"), other.body());

                // The gateway took the token as valid too: the authenticated allowance (600), not the
                // anonymous one this build sets very high for the other end-to-end tests.
                assertEquals("600", own.headers().firstValue("RateLimit-Limit").orElse(""), own.headers().toString());

                // The realm's key rotates: the applications fetch the new key when they first meet its id.
                String before = KeycloakServer.keyIdOf(token.substring("Bearer ".length()));
                keycloak.rotateSigningKey();
                String rotated = "Bearer " + keycloak.clientToken("district-061", "test-secret-061");
                assertNotEquals(before, KeycloakServer.keyIdOf(rotated.substring("Bearer ".length())), "a new key signs");
                HttpResponse<String> afterRotation = LocalStackEndToEndTest.post(gateway, "/api/v1/observations/import",
                        rotated, figure("061").replace("71.5", "72.5"));
                assertEquals(200, afterRotation.statusCode(), "no restart needed: " + afterRotation.body());
                // The gateway asks the provider at most once per 10 s for a key id it does not know (a
                // stream of invented ids must not keep it fetching), and does not remember the refusal.
                String allowance = afterRotation.headers().firstValue("RateLimit-Limit").orElse("");
                for (int i = 0; i < 30 && !allowance.equals("600"); i++) {
                    Thread.sleep(500);
                    allowance = me(gateway, rotated).headers().firstValue("RateLimit-Limit").orElse("");
                }
                assertEquals("600", allowance, "the gateway took the new key too, within 15 s");
                assertEquals(200, LocalStackEndToEndTest.post(gateway, "/api/v1/observations/import", token,
                        figure("061")).statusCode(), "a token of the old key is still good until it expires");

                HttpResponse<String> forged = LocalStackEndToEndTest.post(gateway, "/api/v1/observations/import",
                        "Bearer " + StackCli.issueToken(config, "admin", null), figure("062"));
                assertEquals(401, forged.statusCode(), "a token of the local keys is no longer taken: " + forged.body());
            }
        }
    }

    private static HttpResponse<String> me(int gateway, String authorization) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + gateway + "/api/v1/me"))
                .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String figure(String orgUnit) {
        return "[{\"indicator\":\"UTL-RURAL-CLEAN-WATER\",\"orgUnit\":\"" + orgUnit + "\",\"year\":2022,\"value\":71.5}]";
    }
}
