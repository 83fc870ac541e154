package vn.backan.congress.gateway.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The {@code Date} header's value for now. It changes once a second, so the last one made is kept
 * and reused within its second: formatting a date for every answer showed in the gateway's profile.
 */
final class HttpDates {

    /** RFC 9110's IMF-fixdate: two-digit day, always GMT, English names. */
    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private record Stamp(long second, String text) {
    }

    /** Replaced whole, so a reader never sees one second's number with another's text. */
    private static volatile Stamp last = new Stamp(Long.MIN_VALUE, "");

    private HttpDates() {
    }

    static String now() {
        return of(System.currentTimeMillis());
    }

    static String of(long epochMillis) {
        long second = Math.floorDiv(epochMillis, 1000);
        Stamp stamp = last;
        if (stamp.second() != second) {
            stamp = new Stamp(second, HTTP_DATE.format(Instant.ofEpochSecond(second)));
            last = stamp;
        }
        return stamp.text();
    }
}
