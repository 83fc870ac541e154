package vn.backan.congress.devkit.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenIssuerTest {

    @TempDir
    Path dir;

    @Test
    void signsRs256TokensThatThePublicKeyVerifies() throws Exception {
        JwtKeys keys = JwtKeys.loadOrCreate(dir);
        String token = new TokenIssuer(keys.privateKey()).issue("reporter", "064", Duration.ofMinutes(5));
        String[] parts = token.split("\\.");
        assertEquals(3, parts.length);

        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(keys.publicKey());
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rsa.verify(Base64.getUrlDecoder().decode(parts[2])));

        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertTrue(header.contains("\"alg\":\"RS256\""));
        assertTrue(claims.contains("\"groups\":[\"reporter\"]"));
        assertTrue(claims.contains("\"org_unit\":\"064\""));
        assertTrue(claims.contains("\"iss\":\"" + TokenIssuer.ISSUER + "\""));
    }

    @Test
    void keysSurviveARestartSoOldTokensStayValid() {
        JwtKeys first = JwtKeys.loadOrCreate(dir);
        JwtKeys second = JwtKeys.loadOrCreate(dir);
        assertEquals(first.publicKey(), second.publicKey());
    }

    @Test
    void refusesUnknownRolesAndReportersWithoutAUnit() {
        TokenIssuer issuer = new TokenIssuer(JwtKeys.loadOrCreate(dir).privateKey());
        assertThrows(IllegalArgumentException.class, () -> issuer.issue("root", null, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> issuer.issue("reporter", null, Duration.ofMinutes(1)));
    }
}
