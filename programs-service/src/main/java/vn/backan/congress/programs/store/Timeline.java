package vn.backan.congress.programs.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.backan.congress.programs.domain.SolutionUpdate;

/**
 * Reads of the implementation timeline. An entry that a later entry corrects no longer counts:
 * the effective timeline is the entries nobody corrected, in (report date, id) order, and a
 * solution stands where its latest effective entry says.
 */
@ApplicationScoped
public class Timeline {

    private static final String EFFECTIVE = "not exists (from SolutionUpdate c where c.correctsId = %1$s.id)";
    private static final String LATEST = "from SolutionUpdate u where " + EFFECTIVE.formatted("u")
            + " and not exists (from SolutionUpdate v where v.solutionNumber = u.solutionNumber and "
            + EFFECTIVE.formatted("v") + " and (v.reportDate > u.reportDate"
            + " or (v.reportDate = u.reportDate and v.id > u.id)))";

    public Map<Short, SolutionUpdate> latestPerSolution() {
        return SolutionUpdate.<SolutionUpdate>find(LATEST).list().stream()
                .collect(Collectors.toMap(u -> u.solutionNumber, Function.identity()));
    }

    public Optional<SolutionUpdate> latestOf(short solutionNumber) {
        return SolutionUpdate.<SolutionUpdate>find(LATEST + " and u.solutionNumber = ?1", solutionNumber)
                .firstResultOptional();
    }

    public Optional<SolutionUpdate> entry(long id) {
        return SolutionUpdate.findByIdOptional(id);
    }

    /** Whether a later entry already corrects this one. */
    public boolean isCorrected(long id) {
        return SolutionUpdate.count("correctsId", id) > 0;
    }

    /** The effective entries just before and just after {@code entry} in the solution's timeline. */
    public Neighbours around(SolutionUpdate entry) {
        List<SolutionUpdate> effective = SolutionUpdate.<SolutionUpdate>find("from SolutionUpdate u where"
                + " u.solutionNumber = ?1 and " + EFFECTIVE.formatted("u") + " order by u.reportDate, u.id",
                entry.solutionNumber).list();
        int at = effective.indexOf(effective.stream().filter(u -> u.id.equals(entry.id)).findFirst().orElseThrow());
        return new Neighbours(at > 0 ? Optional.of(effective.get(at - 1)) : Optional.empty(),
                at + 1 < effective.size() ? Optional.of(effective.get(at + 1)) : Optional.empty());
    }

    public record Neighbours(Optional<SolutionUpdate> before, Optional<SolutionUpdate> after) {
    }

    /** Entries oldest first, every one (corrected ones too: nothing is hidden); every filter is optional. */
    public List<SolutionUpdate> entries(Short solutionNumber, String orgUnit, LocalDate from, LocalDate to) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (solutionNumber != null) {
            where.append(" and solutionNumber = :solution");
            params.put("solution", solutionNumber);
        }
        if (orgUnit != null) {
            where.append(" and orgUnit = :orgUnit");
            params.put("orgUnit", orgUnit);
        }
        if (from != null) {
            where.append(" and reportDate >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and reportDate <= :to");
            params.put("to", to);
        }
        return SolutionUpdate.<SolutionUpdate>find(where + " order by solutionNumber, reportDate, id", params).list();
    }
}
