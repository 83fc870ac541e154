package vn.backan.congress.programs.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;
import vn.backan.congress.commons.problem.Problem;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.problem.Problems;

/**
 * Checks a write's references to targets-service (indicator codes, org units) before anything is
 * stored: unknown ones are a 422 naming each by its position in the client's list; when
 * targets-service cannot answer, the write is refused with 503 and Retry-After, never stored unchecked.
 */
@ApplicationScoped
public class TargetsReferences {

    private static final Logger LOG = Logger.getLogger(TargetsReferences.class);

    @Inject
    TargetsLookup lookup;

    @Inject
    CheckedReferences checked;

    /** {@code alreadyChecked}: codes stored earlier, not asked again (an edit re-sends them). */
    public void requireKnown(TargetsLookup.Kind kind, String field, List<String> codes, Set<String> alreadyChecked) {
        Map<String, String> verdicts = new HashMap<>();
        List<Problem.FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (alreadyChecked.contains(code) || checked.isKnown(kind, code)) {
                continue;
            }
            String verdict = verdicts.computeIfAbsent(code, c -> check(kind, c));
            if (verdict != null) {
                unknown.add(new Problem.FieldError(field + "[" + i + "]", verdict));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(Problems.unprocessable(
                    unknown.size() + " reference(s) are unknown to targets-service; nothing was saved.", unknown));
        }
    }

    /** Null when known, else why not. */
    private String check(TargetsLookup.Kind kind, String code) {
        try {
            lookup.requireExists(kind, code);
            checked.add(kind, code);
            return null;
        } catch (TargetsLookup.Unknown e) {
            return e.getMessage();
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    private static ProblemException unavailable(RuntimeException cause) {
        boolean open = cause instanceof CircuitBreakerOpenException;
        LOG.warnf("targets-service check failed (%s): %s", cause.getClass().getSimpleName(), cause.getMessage());
        String detail = open ? "targets-service failed repeatedly, so it is not asked for a while"
                : "targets-service could not answer (" + cause.getClass().getSimpleName() + ")";
        // While the breaker is open, retry when it lets a call through again; otherwise shortly.
        long retryAfter = open ? TargetsLookup.BREAKER_DELAY_MS / 1000 : 2;
        return new ProblemException(Problems.of(ProblemType.UPSTREAM_UNAVAILABLE, 503, detail
                + "; the references cannot be checked, so nothing was saved. Try again later."),
                Map.of("Retry-After", String.valueOf(retryAfter)));
    }
}
