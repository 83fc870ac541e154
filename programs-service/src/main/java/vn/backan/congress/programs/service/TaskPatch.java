package vn.backan.congress.programs.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An admin's correction of a task's wording; absent fields stay as they are. The reason is kept in history. */
public record TaskPatch(@Valid TitleInput title, @Valid TextInput description,
        @NotBlank @Size(max = 1000) String reason) {
}
