package vn.backan.congress.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.backan.congress.devkit.jwt.JwtKeys;
import vn.backan.congress.devkit.jwt.TokenIssuer;

/** Which Authorization headers earn the authenticated allowance; tokens come from the local signer. */
class BearerTokensTest {

    private static final JwtKeys KEYS = JwtKeys.loadOrCreate(Path.of("target", "test-jwt"));
    private static final JwtKeys OTHER_KEYS = JwtKeys.loadOrCreate(Path.of("target", "test-jwt-other"));

    private final MovableClock clock = new MovableClock();
    private final BearerTokens tokens = new BearerTokens(publicKey(KEYS), Optional.of(TokenIssuer.ISSUER), clock);

    private static String token(JwtKeys keys, Duration lifetime) {
        return new TokenIssuer(keys.privateKey()).issue("admin", null, lifetime);
    }

    @Test
    void aTokenFromTheServicesSignerCounts() {
        assertTrue(tokens.isAuthenticated("Bearer " + token(KEYS, Duration.ofMinutes(10))));
        assertTrue(tokens.isAuthenticated("bearer " + token(KEYS, Duration.ofMinutes(10))), "the scheme is case-insensitive");
    }

    @Test
    void claimsWithoutAValidSignatureDoNot() {
        assertFalse(tokens.isAuthenticated("Bearer any.token.here"));
        assertFalse(tokens.isAuthenticated("Bearer " + token(OTHER_KEYS, Duration.ofMinutes(10))), "signed by another key");
        String genuine = token(KEYS, Duration.ofMinutes(10));
        String tampered = genuine.substring(0, genuine.length() - 4) + (genuine.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertFalse(tokens.isAuthenticated("Bearer " + tampered));
        assertFalse(tokens.isAuthenticated("Basic Zm9vOmJhcg=="));
        assertFalse(tokens.isAuthenticated("Bearer "));
        assertFalse(tokens.isAuthenticated(null));
    }

    @Test
    void anExpiredTokenOrAnotherIssuersDoesNot() {
        // Expired 5 minutes ago: beyond the 30 s of clock skew allowed.
        assertFalse(tokens.isAuthenticated("Bearer " + token(KEYS, Duration.ofMinutes(-5))));
        BearerTokens otherIssuer = new BearerTokens(publicKey(KEYS), Optional.of("urn:someone-else"), clock);
        assertFalse(otherIssuer.isAuthenticated("Bearer " + token(KEYS, Duration.ofMinutes(10))));
    }

    /** With an audience configured (as with Keycloak), a token not addressed to this API does not count. */
    @Test
    void anAudienceWhenSetIsRequired() {
        String header = "Bearer " + token(KEYS, Duration.ofMinutes(10)); // the local signer names no audience
        BearerTokens forTheApi = new BearerTokens(publicKey(KEYS).map(BearerTokens::fixed), Optional.of(TokenIssuer.ISSUER),
                java.util.List.of("backan-congress-api"), clock);
        assertFalse(forTheApi.isAuthenticated(header));
        assertTrue(tokens.isAuthenticated(header), "without an audience setting the same token counts");
    }

    @Test
    void aRememberedTokenStopsCountingWhenItExpires() {
        String header = "Bearer " + token(KEYS, Duration.ofMinutes(2));
        assertTrue(tokens.isAuthenticated(header));
        clock.advance(Duration.ofMinutes(3));
        assertFalse(tokens.isAuthenticated(header), "the remembered verdict outlived the token");
    }

    @Test
    void withoutAKeyNobodyGetsTheLargerAllowance() {
        BearerTokens keyless = new BearerTokens(BearerTokens.readKey("file:target/no-such-key.pem"),
                Optional.of(TokenIssuer.ISSUER), clock);
        assertFalse(keyless.isAuthenticated("Bearer " + token(KEYS, Duration.ofMinutes(10))));
    }

    @Test
    void theKeyIsReadFromAPathAFileLocationOrAFileUri() {
        Path pem = KEYS.publicKeyFile().toAbsolutePath();
        assertTrue(BearerTokens.readKey(pem.toString()).isPresent());
        assertTrue(BearerTokens.readKey("file:" + pem).isPresent());
        assertTrue(BearerTokens.readKey(pem.toUri().toString()).isPresent());
    }

    /**
     * An OpenID provider that does not answer costs one failed fetch, not a remembered rejection:
     * once it serves its keys, the same token counts. Each fetch is one try (the server counts them).
     */
    @Test
    void aTokenRefusedWhileTheProviderWasDownCountsOnceItAnswers() throws Exception {
        java.util.concurrent.atomic.AtomicInteger fetches = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean up = new java.util.concurrent.atomic.AtomicBoolean();
        String jwks = new org.jose4j.jwk.JsonWebKeySet(new org.jose4j.jwk.RsaJsonWebKey(
                (java.security.interfaces.RSAPublicKey) publicKey(KEYS).orElseThrow())).toJson();
        com.sun.net.httpserver.HttpServer provider = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        provider.createContext("/certs", exchange -> {
            fetches.incrementAndGet();
            byte[] body = (up.get() ? jwks : "{\"error\":\"starting\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(up.get() ? 200 : 503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        provider.start();
        try {
            String location = "http://127.0.0.1:" + provider.getAddress().getPort() + "/certs";
            BearerTokens fromProvider = new BearerTokens(Optional.of(new org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver(
                    BearerTokens.jwks(location, Duration.ZERO))), Optional.of(TokenIssuer.ISSUER), java.util.List.of(), clock);
            String header = "Bearer " + token(KEYS, Duration.ofMinutes(10));

            assertFalse(fromProvider.isAuthenticated(header), "no key while the provider answers 503");
            assertEquals(1, fetches.get(), "one try, no retries");
            up.set(true);
            assertTrue(fromProvider.isAuthenticated(header), "the rejection was not remembered");
            assertTrue(fromProvider.isAuthenticated(header));
            assertEquals(2, fetches.get(), "the keys, once read, are kept");
        } finally {
            provider.stop(0);
        }
    }

    private static Optional<PublicKey> publicKey(JwtKeys keys) {
        return BearerTokens.readKey(keys.publicKeyFile().toAbsolutePath().toString());
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.now();

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
