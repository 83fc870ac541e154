package vn.backan.congress.commons.etag;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Strong entity tags (RFC 9110 §8.8.3) and the two comparisons the conditional headers use. There
 * is one scheme: a tag is the hash of the exact bytes of the representation it is sent with, so
 * the tag a write answers with is the one the next read serves and the one If-Match is checked
 * against.
 */
public final class ETags {

    private ETags() {
    }

    /** A strong tag over the exact bytes of a representation. */
    public static String ofBytes(byte[] representation) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(representation);
            return quote(HexFormat.of().formatHex(digest, 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    public static String ofText(String representation) {
        return ofBytes(representation.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code If-None-Match}: weak comparison, so a {@code W/} tag from a cache still gives a 304. */
    public static boolean noneMatchHits(String ifNoneMatch, String current) {
        return listed(ifNoneMatch, current, false);
    }

    /** {@code If-Match}: strong comparison, as RFC 9110 §13.1.1 requires. */
    public static boolean matchHits(String ifMatch, String current) {
        return listed(ifMatch, current, true);
    }

    private static boolean listed(String header, String current, boolean strong) {
        if (header == null || header.isBlank()) {
            return false;
        }
        if (header.trim().equals("*")) {
            return true;
        }
        return Arrays.stream(header.split(","))
                .map(String::trim)
                .filter(tag -> !(strong && tag.startsWith("W/")))
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals(current));
    }

    private static String quote(String opaque) {
        return "\"" + opaque + "\"";
    }
}
