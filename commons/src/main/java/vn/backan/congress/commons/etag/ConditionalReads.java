package vn.backan.congress.commons.etag;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * What a read's validators and encodings mean, the same wherever an answer is given (a service's
 * resources, its kept representations, the gateway's kept answers): {@code If-None-Match} first,
 * {@code If-Modified-Since} only without it (RFC 9110 §13.2.2), HTTP dates to the second, and
 * whether the client takes gzip.
 */
public final class ConditionalReads {

    private ConditionalReads() {
    }

    /** Whether a GET or HEAD with these validators gets a 304 for a representation with this tag and date. */
    public static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, Instant lastModified) {
        if (ifNoneMatch != null) {
            return etag != null && ETags.noneMatchHits(ifNoneMatch, etag);
        }
        Instant since = parseHttpDate(ifModifiedSince);
        // An invalid date is ignored (RFC 9110 §13.1.3).
        return since != null && lastModified != null && !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
    }

    /** An instant as an HTTP date (Last-Modified). */
    public static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC));
    }

    /** An HTTP date read back, or null when it is not one. */
    public static Instant parseHttpDate(String httpDate) {
        try {
            return httpDate == null ? null
                    : ZonedDateTime.parse(httpDate.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** gzip (or *) listed in Accept-Encoding without q=0. */
    public static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] fields = part.trim().split(";");
            String coding = fields[0].trim().toLowerCase(Locale.ROOT);
            if ((coding.equals("gzip") || coding.equals("*")) && !refused(fields)) {
                return true;
            }
        }
        return false;
    }

    private static boolean refused(String[] fields) {
        for (int i = 1; i < fields.length; i++) {
            String f = fields[i].trim().toLowerCase(Locale.ROOT).replace(" ", "");
            if (f.startsWith("q=")) {
                try {
                    return Double.parseDouble(f.substring(2)) <= 0;
                } catch (NumberFormatException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
