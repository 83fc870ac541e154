package vn.backan.congress.gateway.limits;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Who a request counts against: its API key when it sends one, else its address. The address is
 * the TCP peer; {@code X-Forwarded-For} is anyone's to write, so it only counts when Quarkus is told
 * to trust it ({@code quarkus.http.proxy.proxy-address-forwarding} with {@code trusted-proxies}),
 * in which case Quarkus already reports the forwarded client as the peer.
 */
final class ClientKey {

    static final String API_KEY_HEADER = "X-Api-Key";

    private ClientKey() {
    }

    static String of(HttpServerRequest request) {
        String apiKey = request.getHeader(API_KEY_HEADER);
        if (apiKey != null && !apiKey.isBlank()) {
            // Hashed: keeps the map's keys short and no secret in a heap dump.
            return "key:" + sha256(apiKey.trim());
        }
        SocketAddress peer = request.remoteAddress();
        String host = peer == null ? "unknown" : peer.hostAddress() != null ? peer.hostAddress() : peer.host();
        return "ip:" + host;
    }

    private static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
