package vn.backan.congress.programs.api;

import vn.backan.congress.programs.service.SolutionView;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.Predicate;
import vn.backan.congress.commons.text.VietnameseText;
import vn.backan.congress.commons.time.ProvinceDay;
import vn.backan.congress.programs.domain.SolutionStatus;

/** The filters of GET /api/v1/solutions; each is optional and they combine with AND. */
public class SolutionFilter {

    @QueryParam("program")
    public String program;

    @QueryParam("task")
    @Min(1)
    @Max(Short.MAX_VALUE)
    public Short task;

    @QueryParam("status")
    public SolutionStatus status;

    @QueryParam("indicator")
    public String indicator;

    /** Part of the lead agency's name; accents and case are ignored. */
    @QueryParam("leadAgency")
    public String leadAgency;

    /** true: only solutions past their due date and not completed on asOf; false: only the others. */
    @QueryParam("overdue")
    @Pattern(regexp = "true|false", message = "must be true or false")
    public String overdue;

    /** The day "overdue" is judged on; default today in Bắc Kạn. */
    @QueryParam("asOf")
    public LocalDate asOf;

    /** RFC 3339, inclusive: only solutions changed (edited, or given an update) at or after it. */
    @QueryParam("updatedSince")
    public OffsetDateTime updatedSince;

    /** Words of the title or description, Vietnamese or English; accents and case are ignored. */
    @QueryParam("q")
    public String q;

    LocalDate day() {
        return asOf == null ? ProvinceDay.today() : asOf;
    }

    Predicate<SolutionView> predicate() {
        return s -> (program == null || s.programCodes().contains(program))
                && (task == null || s.taskNumber() == task)
                && (status == null || s.status() == status)
                && (indicator == null || s.indicatorCodes().contains(indicator))
                && (leadAgency == null || VietnameseText.foldedContains(s.leadAgency(), leadAgency))
                && (overdue == null || s.overdue() == Boolean.parseBoolean(overdue))
                && (q == null || matches(s, q))
                && (updatedSince == null || !s.updatedAt().isBefore(updatedSince.toInstant()));
    }

    private static boolean matches(SolutionView s, String q) {
        return VietnameseText.foldedContains(s.title().vi(), q) || VietnameseText.foldedContains(s.title().en(), q)
                || (s.description() != null && (VietnameseText.foldedContains(s.description().vi(), q)
                        || VietnameseText.foldedContains(s.description().en(), q)));
    }
}
