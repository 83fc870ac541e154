package vn.backan.congress.commons.rest.openapi;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * One bearer scheme, and on every operation either {@code security: []} (a public read) or that
 * scheme. Quarkus lists a secured method's roles as if they were OAuth scopes, which a bearer
 * scheme does not have; they move to {@code x-roles} and the description.
 */
final class BearerSecurity {

    static final String SCHEME = "bearer";

    private BearerSecurity() {
    }

    static void applyTo(OpenAPI openAPI) {
        openAPI.getComponents().setSecuritySchemes(null);
        openAPI.getComponents().addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("A signed JWT (JWS), checked as RFC8725 advises: the algorithm is fixed to RS256 by"
                        + " the server, never taken from the token (so never none); issuer and expiry are verified."
                        + " Its groups claim holds the caller's roles (admin, reporter, secretariat) and a"
                        + " reporter's org_unit claim the unit it reports for."));
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(BearerSecurity::apply));
    }

    private static void apply(Operation operation) {
        List<SecurityRequirement> declared = operation.getSecurity();
        if (declared == null || declared.isEmpty()) {
            operation.setSecurity(new ArrayList<>());
            return;
        }
        Set<String> roles = new LinkedHashSet<>();
        declared.forEach(requirement -> requirement.getSchemes().values().forEach(roles::addAll));
        operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME))));
        if (!roles.isEmpty()) {
            operation.addExtension("x-roles", new ArrayList<>(roles));
            String needs = "Needs a bearer token with the role " + String.join(" or ", roles) + ".";
            operation.setDescription(operation.getDescription() == null ? needs : operation.getDescription() + " " + needs);
        }
    }
}
