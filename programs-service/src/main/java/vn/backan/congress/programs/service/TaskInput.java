package vn.backan.congress.programs.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A task an admin enters: its number in the plan (1 to the declared count) and its wording. */
public record TaskInput(@NotNull @Min(1) @Max(999) Short number, @NotNull @Valid TitleInput title,
        @Valid TextInput description) {
}
