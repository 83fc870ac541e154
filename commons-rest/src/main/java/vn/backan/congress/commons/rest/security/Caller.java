package vn.backan.congress.commons.rest.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.json.JsonString;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;

/**
 * Who is calling, as the token says: the roles in {@code groups} and, for a reporter, the org unit
 * it may write for. Writes check this rather than reading claims themselves.
 */
public record Caller(String name, List<String> roles, Optional<String> orgUnit, Optional<Instant> expiresAt) {

    /**
     * The claim that names a reporter's org unit: {@code org_unit} unless {@code congress.security.org-unit-claim}
     * names another (an OpenID provider's mapper may call it otherwise). Roles come from the claim
     * {@code smallrye.jwt.path.groups} names ({@code groups} here, {@code realm_access/roles} with Keycloak).
     */
    public static final String ORG_UNIT_CLAIM_KEY = "congress.security.org-unit-claim";

    public static Caller of(SecurityIdentity identity) {
        List<String> roles = identity.getRoles().stream().sorted().toList();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String claim = ConfigProvider.getConfig().getOptionalValue(ORG_UNIT_CLAIM_KEY, String.class).orElse("org_unit");
            Optional<String> orgUnit = Optional.ofNullable(jwt.<Object>getClaim(claim)).map(Caller::claimText);
            Optional<Instant> expires = jwt.getExpirationTime() > 0
                    ? Optional.of(Instant.ofEpochSecond(jwt.getExpirationTime())) : Optional.empty();
            return new Caller(jwt.getName(), roles, orgUnit, expires);
        }
        return new Caller(identity.getPrincipal().getName(), roles, Optional.empty(), Optional.empty());
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** A reporter writes only for its own unit; an admin writes for any. Anything else is a 403. */
    public void requireMayWriteFor(String orgUnitCode) {
        if (hasRole("admin")) {
            return;
        }
        if (hasRole("reporter") && orgUnit.filter(orgUnitCode::equals).isPresent()) {
            return;
        }
        throw ProblemException.of(ProblemType.HTTP, 403, "This token may not write for org unit " + orgUnitCode
                + orgUnit.map(u -> "; it is scoped to " + u).orElse("") + ".");
    }

    private static String claimText(Object claim) {
        // smallrye-jwt may hand custom claims back as JSON values, whose toString keeps the quotes.
        return claim instanceof JsonString json ? json.getString() : claim.toString();
    }
}
