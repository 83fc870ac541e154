package vn.backan.congress.portal.api;

import jakarta.ws.rs.BadRequestException;
import vn.backan.congress.commons.time.ProvinceDay;
import vn.backan.congress.portal.service.ScoreboardService;

/** The pages' query parameters, read strictly: anything else is a 400, never silently another page. */
final class PageParams {

    private PageParams() {
    }

    /** An org unit code (the province when none); whether it exists is for targets-service to say. */
    static String orgUnit(String value) {
        if (value == null || value.isBlank()) {
            return ScoreboardService.PROVINCE;
        }
        if (!value.matches("[0-9]{2,3}")) {
            throw new BadRequestException("orgUnit must be an org unit code such as 06 or 061, not " + value + ".");
        }
        return value;
    }

    /** A year of the term; without one, the last year of the term that has begun. */
    static int year(String value) {
        if (value == null || value.isBlank()) {
            return Math.min(ProvinceDay.today().getYear(), ScoreboardService.LAST_YEAR);
        }
        if (!value.matches("20[0-9]{2}") || Integer.parseInt(value) < ScoreboardService.FIRST_YEAR
                || Integer.parseInt(value) > ScoreboardService.LAST_YEAR) {
            throw new BadRequestException("asOf must be a year from " + ScoreboardService.FIRST_YEAR + " to "
                    + ScoreboardService.LAST_YEAR + ", not " + value + ".");
        }
        return Integer.parseInt(value);
    }
}
