package vn.backan.congress.gateway.overview;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.function.Function;

/**
 * Builds the overview from what the three services answered. Pure: each section is either the
 * few fields a phone's first screen needs, in the chosen language, or {@code available: false}
 * with the reason its service could not give them.
 */
public final class OverviewComposer {

    /** What one service answered: its document, or why there is none. */
    public record Answer(JsonObject document, String failure) {
        public static Answer of(JsonObject document) {
            return new Answer(document, null);
        }

        public static Answer failed(String why) {
            return new Answer(null, why);
        }

        boolean ok() {
            return document != null;
        }
    }

    private OverviewComposer() {
    }

    public static JsonObject compose(String lang, Answer congress, Answer scoreboard, Answer plan, Instant now) {
        return new JsonObject().put("lang", lang).put("generatedAt", now.toString())
                .put("congress", section("elections-service", congress, c -> congress(lang, c)))
                .put("targets", section("targets-service", scoreboard, OverviewComposer::targets))
                .put("programs", section("programs-service", plan, OverviewComposer::programs));
    }

    public static boolean allUnavailable(JsonObject overview) {
        return !overview.getJsonObject("congress").getBoolean("available")
                && !overview.getJsonObject("targets").getBoolean("available")
                && !overview.getJsonObject("programs").getBoolean("available");
    }

    private static JsonObject congress(String lang, JsonObject c) {
        JsonArray leaders = new JsonArray();
        c.getJsonArray("leaders", new JsonArray()).forEach(l -> {
            JsonObject leader = (JsonObject) l;
            leaders.add(new JsonObject().put("post", text(leader.getJsonObject("post"), lang))
                    .put("name", leader.getString("name")));
        });
        return new JsonObject().put("available", true).put("name", text(c.getJsonObject("name"), lang))
                .put("startDate", c.getString("startDate")).put("endDate", c.getString("endDate"))
                .put("venue", text(c.getJsonObject("venue"), lang))
                .put("delegatesSummoned", c.getJsonObject("delegates").getInteger("summoned"))
                .put("motto", text(c.getJsonObject("motto"), lang)).put("leaders", leaders);
    }

    private static JsonObject targets(JsonObject s) {
        return new JsonObject().put("available", true).put("orgUnit", s.getString("orgUnit"))
                .put("asOf", s.getInteger("asOf")).put("byStatus", s.getJsonObject("counts"))
                .put("byDomain", s.getJsonObject("byDomain"));
    }

    private static JsonObject programs(JsonObject p) {
        return new JsonObject().put("available", true).put("declared", p.getJsonObject("declared"))
                .put("recorded", p.getJsonObject("recorded")).put("missing", p.getJsonObject("missing"))
                .put("byStatus", p.getJsonObject("solutionsByStatus")).put("overdue", p.getLong("overdueSolutions"));
    }

    /**
     * A document of another shape than expected (a number where an object should be, a missing
     * field) throws while it is read; that is the service's failure, so only its section is
     * unavailable, exactly as if it had not answered.
     */
    private static JsonObject section(String service, Answer answer, Function<JsonObject, JsonObject> build) {
        if (!answer.ok()) {
            return unavailable(answer.failure());
        }
        try {
            return build.apply(answer.document());
        } catch (RuntimeException e) {
            return unavailable(service + " answered a document of an unexpected shape ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private static JsonObject unavailable(String reason) {
        return new JsonObject().put("available", false).put("reason", reason);
    }

    /** The text in the chosen language, falling back to Vietnamese (authoritative) when there is no English. */
    private static String text(JsonObject localized, String lang) {
        if (localized == null) {
            return null;
        }
        String chosen = localized.getString(lang);
        return chosen != null ? chosen : localized.getString("vi");
    }
}
