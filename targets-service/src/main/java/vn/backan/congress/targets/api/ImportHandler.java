package vn.backan.congress.targets.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.backan.congress.commons.etag.ETags;
import vn.backan.congress.commons.problem.Problem;
import vn.backan.congress.commons.problem.ProblemType;
import vn.backan.congress.commons.problem.Problems;
import vn.backan.congress.commons.rest.security.Caller;
import vn.backan.congress.commons.rest.store.IdempotentRequests;
import vn.backan.congress.targets.domain.Indicator;
import vn.backan.congress.targets.domain.OrgUnit;
import vn.backan.congress.targets.domain.reporting.FigureRow;
import vn.backan.congress.targets.domain.reporting.FigureValidator;
import vn.backan.congress.targets.domain.reporting.ImportReport;
import vn.backan.congress.targets.store.Catalogue;
import vn.backan.congress.targets.store.ObservationWriter;

/**
 * One import, start to finish, in one transaction: scope check, validation, the all-or-nothing
 * rule, the write, and the stored answer for an {@code Idempotency-Key}.
 */
@ApplicationScoped
public class ImportHandler {

    /** A rejected import: problem+json that carries the whole report, so nothing the client sent is unexplained. */
    public record RejectedImport(String type, String title, int status, String detail, String instance,
            String requestId, ImportReport report) {
    }

    @Inject
    Catalogue catalogue;

    @Inject
    ObservationWriter writer;

    @Inject
    IdempotentRequests idempotent;

    @Inject
    ObjectMapper mapper;

    @Transactional
    public Response handle(List<FigureRow> rows, boolean dryRun, boolean keepValid, Caller caller,
            String idempotencyKey, String requestHashInput, String path, String requestId) {
        String hash = ETags.ofText(requestHashInput);
        var replayed = idempotent.replay(caller.name(), idempotencyKey, hash);
        if (replayed.isPresent()) {
            return replayed.get();
        }
        rows.stream().map(FigureRow::orgUnit).filter(u -> u != null && !u.isBlank()).map(String::trim).distinct()
                .forEach(caller::requireMayWriteFor);
        Response response = run(rows, dryRun, keepValid, caller, path, requestId);
        if (idempotencyKey != null && !dryRun) {
            idempotent.remember(caller.name(), idempotencyKey, new IdempotentRequests.Answer(hash,
                    response.getStatus(), response.getMediaType().toString(), (String) response.getEntity(), null, null));
        }
        return response;
    }

    private Response run(List<FigureRow> rows, boolean dryRun, boolean keepValid, Caller caller, String path,
            String requestId) {
        Map<String, Indicator> indicators = catalogue.indicators().stream()
                .collect(Collectors.toMap(i -> i.code, Function.identity()));
        var units = catalogue.orgUnits().stream().map((OrgUnit u) -> u.code).collect(Collectors.toSet());
        FigureValidator.Result checked = new FigureValidator(indicators, units).check(rows);
        ObservationWriter.Plan plan = writer.plan(checked.valid());
        boolean rejectAll = !checked.conflicts().isEmpty() && !keepValid;
        boolean commit = !dryRun && !rejectAll;
        if (commit) {
            writer.apply(plan, caller.name(), requestId);
        }
        ImportReport report = new ImportReport(dryRun, commit, new ImportReport.Counts(plan.create().size(),
                plan.update().size(), plan.unchanged(), checked.conflicts().size()), checked.conflicts());
        if (rejectAll) {
            Problem p = Problems.of(ProblemType.UNPROCESSABLE, 422, checked.conflicts().size() + " of " + rows.size()
                    + " rows were rejected, so nothing was saved; fix them, or send keepValid=true to save the others.");
            return json(422, Problem.MEDIA_TYPE, new RejectedImport(ProblemType.UNPROCESSABLE.uri(), p.title(), 422,
                    p.detail(), path, requestId, report));
        }
        return json(200, "application/json", report);
    }

    /** Serialised here so the same bytes can be stored for a replay. */
    private Response json(int status, String mediaType, Object body) {
        try {
            return Response.status(status).type(mediaType).entity(mapper.writeValueAsString(body)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
