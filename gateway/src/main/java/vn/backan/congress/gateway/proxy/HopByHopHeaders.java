package vn.backan.congress.gateway.proxy;

import io.vertx.core.MultiMap;
import java.util.Locale;
import java.util.Set;
import vn.backan.congress.gateway.web.HeaderEdits;

/**
 * Removes the headers that describe one connection rather than the message (RFC 9110 §7.6.1).
 * vertx-http-proxy drops a fixed list on the way up but neither the headers that
 * {@code Connection} names nor other {@code Proxy-*} ones, and on the way down it copies
 * everything except {@code Transfer-Encoding}; so both directions are cleaned here.
 */
final class HopByHopHeaders {

    private static final Set<String> FIXED = Set.of(
            "connection", "keep-alive", "te", "trailer", "transfer-encoding", "upgrade");

    private HopByHopHeaders() {
    }

    static void strip(MultiMap headers) {
        // Tokens listed in Connection are hop-by-hop by declaration; read them before Connection goes.
        for (String value : headers.getAll("Connection")) {
            for (String token : value.split(",")) {
                String name = token.trim();
                if (!name.isEmpty()) {
                    headers.remove(name);
                }
            }
        }
        HeaderEdits.removeIf(headers, HopByHopHeaders::isHopByHop);
    }

    private static boolean isHopByHop(String name) {
        return HeaderEdits.startsWithIgnoreCase(name, "proxy-") || FIXED.contains(name.toLowerCase(Locale.ROOT));
    }
}
