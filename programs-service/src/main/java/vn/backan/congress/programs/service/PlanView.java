package vn.backan.congress.programs.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.backan.congress.commons.text.LocalizedText;
import vn.backan.congress.programs.domain.SolutionStatus;

/**
 * The plan of section 4.2 at a glance: what the resolution declares against what has been
 * entered, which numbers are still missing, and where the recorded solutions stand on {@code asOf}.
 */
public record PlanView(LocalizedText source, PlanCounts declared, PlanCounts recorded, PlanCounts missing,
        PlanMissingNumbers missingNumbers, Map<SolutionStatus, Long> solutionsByStatus, long overdueSolutions,
        LocalDate asOf) {

    /** Schema names are unique across the services (the gateway merges their contracts). */
    public record PlanCounts(int tasks, int solutions) {
    }

    public record PlanMissingNumbers(List<Integer> tasks, List<Integer> solutions) {
    }

    public static final String SOURCE_EN = "The political report set out a system of 5 tasks and 27 solutions to carry out"
            + " the goals of the 2020-2025 term.";
}
