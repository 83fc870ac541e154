package vn.backan.congress.commons.rest.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * One rendered answer as it was sent: its bytes, the same bytes gzipped (made once, here, rather
 * than at every request), its type and tag, the headers the resource and filters set, the dataset
 * versions it was made under, and the route template its requests are measured under.
 */
record Representation(byte[] body, byte[] gzipped, String mediaType, String etag,
        List<Map.Entry<String, String>> headers, Snapshot made, String template) {

    static Representation of(byte[] body, String mediaType, String etag, List<Map.Entry<String, String>> headers,
            Snapshot made, String template) {
        return new Representation(body, gzip(body), mediaType, etag, List.copyOf(headers), made, template);
    }

    /** What it costs to keep, roughly, in bytes. */
    int weight() {
        return body.length + gzipped.length + 512;
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, body.length / 4));
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
