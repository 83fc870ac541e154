package vn.backan.congress.elections.service;

import java.time.LocalDate;
import java.util.List;
import vn.backan.congress.commons.text.LocalizedText;

/**
 * A body: its seats as the seed gives them, and how many members the data names. Seats whose
 * holders the seed does not name are counted in {@code unnamedSeats}, not filled in.
 */
public record BodyView(String code, LocalizedText name, String classification, String parentCode, Integer seats,
        int alternateSeats, long namedMembers, Integer unnamedSeats, List<String> postCodes, LocalDate foundingDate,
        LocalDate dissolutionDate, String sourceVi) {
}
