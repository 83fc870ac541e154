package vn.backan.congress.gateway.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.backan.congress.gateway.overview.OverviewComposer;
import vn.backan.congress.gateway.overview.OverviewComposer.Answer;

/** A service's answer of an unexpected shape is that service's failure, never the whole overview's. */
class OverviewComposerTest {

    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void eachWronglyShapedDocumentMakesOnlyItsOwnSectionUnavailable() {
        Answer congress = Answer.of(new JsonObject(StubDocuments.CONGRESS));
        Answer scoreboard = Answer.of(new JsonObject(StubDocuments.SCOREBOARD));
        Answer plan = Answer.of(new JsonObject(StubDocuments.PLAN));
        Answer badCongress = Answer.of(new JsonObject(StubDocuments.CONGRESS).put("leaders", new JsonArray().add(7)));
        Answer badScoreboard = Answer.of(new JsonObject(StubDocuments.SCOREBOARD).put("counts", "many"));
        Answer badPlan = Answer.of(new JsonObject(StubDocuments.PLAN).put("overdueSolutions", new JsonObject()));

        JsonObject onlyCongressBad = OverviewComposer.compose("vi", badCongress, scoreboard, plan, NOW);
        assertUnavailable(onlyCongressBad.getJsonObject("congress"), "elections-service");
        assertTrue(onlyCongressBad.getJsonObject("targets").getBoolean("available"));
        assertTrue(onlyCongressBad.getJsonObject("programs").getBoolean("available"));

        JsonObject onlyTargetsBad = OverviewComposer.compose("vi", congress, badScoreboard, plan, NOW);
        assertUnavailable(onlyTargetsBad.getJsonObject("targets"), "targets-service");
        assertEquals(345, onlyTargetsBad.getJsonObject("congress").getInteger("delegatesSummoned"));

        JsonObject onlyProgramsBad = OverviewComposer.compose("vi", congress, scoreboard, badPlan, NOW);
        assertUnavailable(onlyProgramsBad.getJsonObject("programs"), "programs-service");
        assertFalse(OverviewComposer.allUnavailable(onlyProgramsBad));

        assertTrue(OverviewComposer.allUnavailable(OverviewComposer.compose("vi", badCongress, badScoreboard, badPlan, NOW)));
    }

    @Test
    void aMissingRequiredPartIsAnUnexpectedShapeToo() {
        JsonObject congress = new JsonObject(StubDocuments.CONGRESS);
        congress.remove("delegates");
        JsonObject overview = OverviewComposer.compose("en", Answer.of(congress),
                Answer.failed("targets-service could not answer: down"), Answer.of(new JsonObject(StubDocuments.PLAN)), NOW);
        assertUnavailable(overview.getJsonObject("congress"), "elections-service");
        assertEquals("targets-service could not answer: down", overview.getJsonObject("targets").getString("reason"));
    }

    private static void assertUnavailable(JsonObject section, String service) {
        assertFalse(section.getBoolean("available"), section.encode());
        assertTrue(section.getString("reason").startsWith(service + " answered a document of an unexpected shape"),
                section.encode());
    }
}
