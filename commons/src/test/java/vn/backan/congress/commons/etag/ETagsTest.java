package vn.backan.congress.commons.etag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void tagIsFirst128BitsOfSha256InQuotes() {
        // sha256("abc") = ba7816bf8f01cfea414140de5dae2223 b00361a396177a9cb410ff61f20015ad
        assertEquals("\"ba7816bf8f01cfea414140de5dae2223\"", ETags.ofText("abc"));
        assertNotEquals(ETags.ofText("abc"), ETags.ofText("abd"));
    }

    @Test
    void ifNoneMatchUsesWeakComparison() {
        assertTrue(ETags.noneMatchHits("W/\"v1\"", "\"v1\""));
        assertTrue(ETags.noneMatchHits("\"x\", \"v1\"", "\"v1\""));
        assertTrue(ETags.noneMatchHits("*", "\"v1\""));
        assertFalse(ETags.noneMatchHits("\"v2\"", "\"v1\""));
        assertFalse(ETags.noneMatchHits(null, "\"v1\""));
    }

    @Test
    void ifMatchUsesStrongComparison() {
        assertTrue(ETags.matchHits("\"v1\"", "\"v1\""));
        assertFalse(ETags.matchHits("W/\"v1\"", "\"v1\""));
        assertFalse(ETags.matchHits("\"v1\"", "\"v2\""));
    }
}
