package vn.backan.congress.portal.domain;

import java.util.List;

/**
 * How a progress status is shown: never by colour alone. Each has a word (in the page's
 * language), a symbol of its own shape, and a CSS class for its colour.
 */
public record StatusMark(String status, String label, String symbol, String cssClass) {

    /** The statuses in the order the scoreboard lists them. */
    public static final List<String> ORDER = List.of("ACHIEVED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "NOT_ACHIEVED",
            "NO_DATA");

    public static StatusMark of(String status, Labels t) {
        String symbol = switch (status) {
            case "ACHIEVED" -> "✔";
            case "ON_TRACK" -> "▲";
            case "AT_RISK" -> "◆";
            case "OFF_TRACK" -> "▼";
            case "NOT_ACHIEVED" -> "✖";
            default -> "○";
        };
        return new StatusMark(status, t.text("status_" + status), symbol, "status-" + status.toLowerCase()
                .replace('_', '-'));
    }
}
