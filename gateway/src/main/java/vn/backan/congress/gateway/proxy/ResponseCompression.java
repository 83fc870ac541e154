package vn.backan.congress.gateway.proxy;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import java.util.List;
import java.util.Locale;
import vn.backan.congress.gateway.web.HeaderEdits;

/**
 * Which proxied responses the gateway compresses. With {@code quarkus.http.enable-compression}
 * Quarkus marks every response {@code Content-Encoding: identity} (meaning "leave alone") and lets
 * each handler opt in by removing it; plain Vert.x routes never do, so the proxy decides here.
 * JSON and CSV are compressed (the server picks gzip or deflate from {@code Accept-Encoding});
 * a body the upstream already encoded passes as it is, never compressed twice.
 */
public final class ResponseCompression {

    private final List<String> mediaTypes;

    public ResponseCompression(List<String> mediaTypes) {
        this.mediaTypes = mediaTypes.stream().map(t -> t.trim().toLowerCase(Locale.ROOT)).toList();
    }

    /** @param outgoing the gateway's response headers, {@code upstream} the upstream's (copied on later). */
    void decide(MultiMap outgoing, MultiMap upstream) {
        if (mayCompress(upstream)) {
            // Either the upstream's own encoding is copied on (a second Content-Encoding would contradict
            // it), or the server compresses as the client accepts: both depend on Accept-Encoding.
            outgoing.remove(HttpHeaders.CONTENT_ENCODING);
            HeaderEdits.vary(upstream, "Accept-Encoding");
        }
    }

    /** Whether the answer's encoding is its own, or the server may compress it: not left as identity. */
    boolean mayCompress(MultiMap upstream) {
        return upstream.contains(HttpHeaders.CONTENT_ENCODING) || compressible(upstream.get(HttpHeaders.CONTENT_TYPE));
    }

    boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mediaTypes.contains(type);
    }
}
