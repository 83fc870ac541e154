package vn.backan.congress.programs.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.backan.congress.commons.text.LocalizedText;
import vn.backan.congress.commons.text.VietnameseText;

/** Bilingual text as a client sends it: Vietnamese required (it is authoritative), English optional. */
public record TextInput(@NotBlank @Size(max = 20000) String vi, @Size(max = 20000) String en) {

    /** Trimmed, Vietnamese in NFC, a blank English as absent. */
    public LocalizedText normalised() {
        return LocalizedText.of(VietnameseText.nfc(vi.trim()), en == null || en.isBlank() ? null : en.trim());
    }
}
