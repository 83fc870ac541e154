package vn.backan.congress.programs.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;
import vn.backan.congress.commons.problem.Problem;
import vn.backan.congress.commons.problem.ProblemException;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.problem.Problems;

/**
 * Checks a write's indicator codes against targets-service before anything is stored: unknown
 * codes are a 422 naming each; when targets-service cannot answer, the write is refused with 503
 * and Retry-After, never stored unchecked.
 */
@ApplicationScoped
public class IndicatorCodes {

    private static final Logger LOG = Logger.getLogger(IndicatorCodes.class);

    @Inject
    IndicatorLookup lookup;

    @ConfigProperty(name = "programs.targets.retry-after-seconds", defaultValue = "10")
    int retryAfterSeconds;

    public void requireKnown(String field, Collection<String> codes) {
        List<Problem.FieldError> unknown = new ArrayList<>();
        int index = 0;
        for (String code : codes) {
            try {
                lookup.requireExists(code);
            } catch (IndicatorLookup.UnknownIndicator e) {
                unknown.add(new Problem.FieldError(field + "[" + index + "]",
                        "targets-service has no indicator " + code + "."));
            } catch (RuntimeException e) {
                throw unavailable(e);
            }
            index++;
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(new Problem(ProblemType.UNPROCESSABLE.uri(), Problems.titleFor(422), 422,
                    unknown.size() + " indicator code(s) are unknown to targets-service; nothing was saved.", null,
                    null, List.copyOf(unknown)));
        }
    }

    private ProblemException unavailable(RuntimeException cause) {
        boolean open = cause instanceof CircuitBreakerOpenException;
        LOG.warnf("Indicator check failed (%s): %s", cause.getClass().getSimpleName(), cause.getMessage());
        String detail = open ? "targets-service failed repeatedly, so it is not asked for a while"
                : "targets-service could not answer (" + cause.getClass().getSimpleName() + ")";
        return new ProblemException(Problems.of(ProblemType.UPSTREAM_UNAVAILABLE, 503, detail
                + "; the indicator codes cannot be checked, so nothing was saved. Try again later."),
                Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
    }
}
