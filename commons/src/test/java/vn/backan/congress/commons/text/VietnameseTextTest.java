package vn.backan.congress.commons.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    /** "Nguyễn" spelt with combining marks: e + circumflex (U+0302) + tilde (U+0303). */
    static final String NGUYEN_DECOMPOSED = "Nguye\u0302\u0303n";

    @Test
    void foldDropsMarksStrokeAndCase() {
        assertEquals("dang", VietnameseText.fold("Đảng"));
        assertEquals("rung", VietnameseText.fold("rừng"));
        assertEquals("bac kan", VietnameseText.fold("  Bắc   Kạn "));
        assertEquals("nguyen", VietnameseText.fold(NGUYEN_DECOMPOSED));
    }

    @Test
    void searchIsDiacriticInsensitive() {
        assertTrue(VietnameseText.foldedContains("Đảng bộ tỉnh", "dang"));
        assertTrue(VietnameseText.foldedContains("trồng rừng", "RUNG"));
        assertFalse(VietnameseText.foldedContains("Ba Bể", "na hang"));
    }

    @Test
    void nfcComposesButKeepsAccents() {
        // Decomposed: N g u y e + U+0302 + U+0303 n = 8 code units; composed "Nguyễn" = 6.
        assertEquals(8, NGUYEN_DECOMPOSED.length());
        assertEquals("Nguy\u1EC5n", VietnameseText.nfc(NGUYEN_DECOMPOSED));
        assertEquals(6, VietnameseText.nfc(NGUYEN_DECOMPOSED).length());
    }
}
