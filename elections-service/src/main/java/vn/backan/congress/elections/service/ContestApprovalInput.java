package vn.backan.congress.elections.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The higher committee's approval (chuẩn y): its decision number and date. */
public record ContestApprovalInput(@NotBlank @Size(max = 100) String decisionNumber, @NotNull LocalDate decisionDate) {
}
