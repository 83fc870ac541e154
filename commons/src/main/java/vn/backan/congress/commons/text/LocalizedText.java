package vn.backan.congress.commons.text;

/**
 * Bilingual text, the one shape every response uses: Vietnamese is authoritative (verbatim from the
 * source, NFC), English is a translation beside it.
 */
public record LocalizedText(String vi, String en) {

    public static LocalizedText of(String vi, String en) {
        return vi == null && en == null ? null : new LocalizedText(VietnameseText.nfc(vi), en);
    }
}
