package vn.backan.congress.devkit.jwt;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

/**
 * Signs RS256 tokens in the shape the services expect: {@code groups} holds the role, and a
 * reporter carries the {@code org_unit} it may write for. Plain JDK crypto: no library to trust.
 */
public final class TokenIssuer {

    /** Must equal {@code mp.jwt.verify.issuer} in the services. */
    public static final String ISSUER = "urn:backan-congress:local";
    public static final Set<String> ROLES = Set.of("admin", "reporter", "secretariat");

    private final PrivateKey key;

    public TokenIssuer(PrivateKey key) {
        this.key = key;
    }

    public String issue(String role, String orgUnit, Duration lifetime) {
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("role must be one of admin, reporter, secretariat; got " + role);
        }
        if ("reporter".equals(role) && (orgUnit == null || orgUnit.isBlank())) {
            throw new IllegalArgumentException("a reporter token needs --org-unit CODE");
        }
        Instant now = Instant.now();
        StringBuilder claims = new StringBuilder("{")
                .append("\"iss\":").append(json(ISSUER))
                .append(",\"sub\":").append(json("local-" + role))
                .append(",\"upn\":").append(json("local-" + role))
                .append(",\"groups\":[").append(json(role)).append(']')
                .append(",\"iat\":").append(now.getEpochSecond())
                .append(",\"exp\":").append(now.plus(lifetime).getEpochSecond())
                .append(",\"jti\":").append(json(UUID.randomUUID().toString()));
        if (orgUnit != null && !orgUnit.isBlank()) {
            claims.append(",\"org_unit\":").append(json(orgUnit));
        }
        claims.append('}');
        String signingInput = base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + base64Url(claims.toString());
        return signingInput + "." + sign(signingInput);
    }

    private String sign(String input) {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(input.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
