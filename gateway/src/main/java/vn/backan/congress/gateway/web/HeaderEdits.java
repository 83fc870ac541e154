package vn.backan.congress.gateway.web;

import io.vertx.core.MultiMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Header edits the gateway makes on every exchange, written to walk the headers once without
 * copying or lower-casing them: {@code MultiMap.names()} builds a sorted set per call, which
 * showed up in the gateway's CPU profile under load.
 */
public final class HeaderEdits {

    private HeaderEdits() {
    }

    /** Removes every header whose name {@code doomed} accepts. */
    public static void removeIf(MultiMap headers, Predicate<String> doomed) {
        List<String> names = null;
        for (Map.Entry<String, String> header : headers) {
            if (doomed.test(header.getKey())) {
                if (names == null) {
                    names = new ArrayList<>(2);
                }
                names.add(header.getKey());
            }
        }
        if (names != null) {
            names.forEach(headers::remove);
        }
    }

    /** Whether {@code name} starts with {@code prefix}, ignoring case (prefix in lower case or not). */
    public static boolean startsWithIgnoreCase(String name, String prefix) {
        return name.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    /** Whether any {@code name} header already lists {@code token} (e.g. Vary: Origin), ignoring case. */
    public static boolean listsToken(MultiMap headers, String name, String token) {
        for (String value : headers.getAll(name)) {
            for (String listed : value.split(",")) {
                String t = listed.trim();
                if (t.equalsIgnoreCase(token) || t.equals("*")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Adds {@code token} to the {@code Vary} list unless it is there already. */
    public static void vary(MultiMap headers, String token) {
        if (!listsToken(headers, "Vary", token)) {
            headers.add("Vary", token);
        }
    }
}
