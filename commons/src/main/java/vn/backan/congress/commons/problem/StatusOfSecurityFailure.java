package vn.backan.congress.commons.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Security failures are client errors (401/403), not crashes, wherever they surface. */
public final class StatusOfSecurityFailure {

    private StatusOfSecurityFailure() {
    }

    /** 401, 403, or 0 when the throwable is not a security failure. */
    public static int of(Throwable failure) {
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            return 401;
        }
        if (failure instanceof ForbiddenException) {
            return 403;
        }
        return 0;
    }
}
