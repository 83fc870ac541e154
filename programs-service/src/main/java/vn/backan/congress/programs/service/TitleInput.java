package vn.backan.congress.programs.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.backan.congress.commons.text.LocalizedText;
import vn.backan.congress.commons.text.VietnameseText;

/** A bilingual title: Vietnamese required, English optional, each at most 500 characters. */
public record TitleInput(@NotBlank @Size(max = 500) String vi, @Size(max = 500) String en) {

    public LocalizedText normalised() {
        return LocalizedText.of(VietnameseText.nfc(vi.trim()), en == null || en.isBlank() ? null : en.trim());
    }
}
