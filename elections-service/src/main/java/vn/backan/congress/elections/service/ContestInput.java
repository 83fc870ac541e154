package vn.backan.congress.elections.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.backan.congress.commons.text.Codes;
import vn.backan.congress.elections.domain.Slugs;
import java.util.List;
import vn.backan.congress.elections.domain.tally.BallotStyle;
import vn.backan.congress.elections.domain.tally.Electorate;

/**
 * A contest as the secretariat enters it. The shape is checked here (400); whether it keeps the
 * election rules (seats, 30 % surplus, ballot style) is the tally engine's call (422 naming the rule).
 */
public record ContestInput(
        @NotBlank @Pattern(regexp = Codes.CODE, message = Codes.MESSAGE) String code,
        @NotBlank @Size(max = 48) String bodyCode,
        @Size(max = 48) String postCode,
        @NotNull @Valid ContestNameInput name,
        @NotNull @Schema(minimum = "1") @Max(500) Integer seats,
        @Schema(minimum = "0") @Max(500) Integer alternateSeats,
        @NotNull BallotStyle ballotStyle,
        @NotNull @Size(max = 8) @Pattern(regexp = "244-2014|190-2024", message = "must be 244-2014 or 190-2024") String ruleSet,
        @NotNull Electorate electorate,
        @NotNull LocalDate heldOn,
        @NotNull @Size(max = 500) List<@Valid @NotNull ContestCandidateInput> candidates) {

    /** The contest's name: Vietnamese (authoritative) and English. */
    public record ContestNameInput(@NotBlank @Size(max = 300) String vi, @NotBlank @Size(max = 300) String en) {
    }

    /**
     * A name on the ballot. {@code id} is what the counting minutes call the candidate; without it,
     * the person's id, or else the name folded to a slug ("Hà Thị Liễu" → "ha-thi-lieu").
     * {@code personId} links a person already in the data; without it, approval creates one.
     */
    public record ContestCandidateInput(
            @Size(max = 64) @Pattern(regexp = Slugs.SLUG, message = Slugs.MESSAGE) String id,
            @NotBlank @Size(max = 200) @Pattern(regexp = "\\s*\\S+(\\s+\\S+)+\\s*",
                    message = "must be a full name: family name first, given name last") String name,
            @Size(max = 64) String personId) {
    }

    public int alternateSeatsOrZero() {
        return alternateSeats == null ? 0 : alternateSeats;
    }
}
