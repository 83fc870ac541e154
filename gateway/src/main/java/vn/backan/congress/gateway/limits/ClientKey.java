package vn.backan.congress.gateway.limits;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * Who a request counts against: its API key when it sends one that was issued
 * ({@code gateway.clients.api-keys}), else its address. The address is
 * the TCP peer; {@code X-Forwarded-For} is anyone's to write, so it only counts when the gateway is
 * told to trust it ({@code gateway.edge.trust-forwarded-headers}, behind a cluster's Ingress), in
 * which case the router already reports the forwarded client as the peer.
 */
final class ClientKey {

    static final String API_KEY_HEADER = "X-Api-Key";

    private ClientKey() {
    }

    /** {@code issuedKeys}: only these count as keys; an unknown key is counted as its address. */
    static String of(HttpServerRequest request, Set<String> issuedKeys) {
        String apiKey = request.getHeader(API_KEY_HEADER);
        if (apiKey != null && issuedKeys.contains(apiKey.trim())) {
            // Hashed: keeps the bucket map's keys short.
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
