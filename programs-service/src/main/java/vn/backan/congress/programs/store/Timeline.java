package vn.backan.congress.programs.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.backan.congress.programs.domain.SolutionUpdate;

/** Reads of the implementation timeline: the latest entry per solution, and filtered listings. */
@ApplicationScoped
public class Timeline {

    /** Latest means the latest report date, and among entries of one day the last recorded. */
    private static final String LATEST = "from SolutionUpdate u where not exists (from SolutionUpdate v"
            + " where v.solutionNumber = u.solutionNumber and (v.reportDate > u.reportDate"
            + " or (v.reportDate = u.reportDate and v.id > u.id)))";

    public Map<Short, SolutionUpdate> latestPerSolution() {
        return SolutionUpdate.<SolutionUpdate>find(LATEST).list().stream()
                .collect(Collectors.toMap(u -> u.solutionNumber, Function.identity()));
    }

    public Optional<SolutionUpdate> latestOf(short solutionNumber) {
        return SolutionUpdate.<SolutionUpdate>find(LATEST + " and u.solutionNumber = ?1", solutionNumber)
                .firstResultOptional();
    }

    /** Entries oldest first; every filter is optional. */
    public List<SolutionUpdate> entries(Short solutionNumber, String orgUnit, LocalDate from, LocalDate to) {
        StringBuilder where = new StringBuilder("1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
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
