package vn.backan.congress.commons.rest.security;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Lets a district portal check its token: every service answers it the same way. */
@Tag(name = "Caller", description = "The caller's token as the API reads it.")
@Path("/api/v1/me")
public class CallerResource {

    @Inject
    SecurityIdentity identity;

    @GET
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getMe", summary = "Who the token says you are",
            description = "The caller as this API sees its token: name, roles, org unit, expiry.")
    public Caller me() {
        return Caller.of(identity);
    }
}
