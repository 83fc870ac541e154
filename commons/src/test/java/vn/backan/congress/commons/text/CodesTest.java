package vn.backan.congress.commons.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CodesTest {

    @Test
    void codesAreUpperCaseGroupsJoinedBySingleHyphens() {
        for (String good : new String[] {"ECO-GRDP-PER-CAPITA", "KP-3-AGRI-FORESTRY", "058", "06", "A",
                "DH-XII-EXECUTIVE-COMMITTEE", "X".repeat(64)}) {
            assertTrue(Codes.isCode(good), good);
        }
        for (String bad : new String[] {"", "bud-revenue", "BUD--REVENUE", "-BUD", "BUD-", "BUD REVENUE", "ĐẢNG",
                "X".repeat(65), "A-" + "B".repeat(63)}) {
            assertFalse(Codes.isCode(bad), bad);
        }
    }
}
