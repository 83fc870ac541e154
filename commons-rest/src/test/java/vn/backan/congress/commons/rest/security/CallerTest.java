package vn.backan.congress.commons.rest.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.backan.congress.commons.problem.ProblemException;

class CallerTest {

    private static Caller caller(String role, String orgUnit) {
        return new Caller("someone", List.of(role), Optional.ofNullable(orgUnit), Optional.empty());
    }

    @Test
    void reporterWritesOnlyForItsOwnUnit() {
        assertDoesNotThrow(() -> caller("reporter", "064").requireMayWriteFor("064"));
        ProblemException e = assertThrows(ProblemException.class,
                () -> caller("reporter", "064").requireMayWriteFor("061"));
        assertEquals(403, e.problem().status());
        assertEquals("This token may not write for org unit 061; it is scoped to 064.", e.problem().detail());
    }

    @Test
    void adminWritesForAnyUnit() {
        assertDoesNotThrow(() -> caller("admin", null).requireMayWriteFor("061"));
    }

    @Test
    void otherRolesAndUnscopedReportersMayNot() {
        assertEquals(403, assertThrows(ProblemException.class,
                () -> caller("secretariat", null).requireMayWriteFor("064")).problem().status());
        assertEquals(403, assertThrows(ProblemException.class,
                () -> caller("reporter", null).requireMayWriteFor("064")).problem().status());
    }
}
