package vn.backan.congress.targets.domain.reporting;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.backan.congress.targets.domain.Citation;

/**
 * Checks the published source an import row names. A source is checkable only through its page,
 * so any of its fields needs the URL; the date is as precise as the page gives it, never more.
 */
final class CitationRules {

    static final int MAX_URL = 500;
    static final int MAX_TITLE = 300;
    static final int MAX_PUBLISHER = 200;
    static final int MAX_QUOTE = 2000;

    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");
    private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /** The outcome: a citation (null for none) or why the row's source is refused. */
    record Checked(Citation citation, Conflict.Code code, String problem) {
    }

    private CitationRules() {
    }

    static Checked check(CitationText t) {
        String url = blankToNull(t.url());
        String title = blankToNull(t.title());
        String publisher = blankToNull(t.publisher());
        String publishedOn = blankToNull(t.publishedOn());
        String quote = blankToNull(t.quote());
        if (url == null && title == null && publisher == null && publishedOn == null && quote == null) {
            return new Checked(null, null, null);
        }
        if (url == null) {
            return refused("source_url is required when a row names its source's title, publisher, date or quote");
        }
        if (url.length() > MAX_URL || longer(title, MAX_TITLE) || longer(publisher, MAX_PUBLISHER)
                || longer(quote, MAX_QUOTE)) {
            return new Checked(null, Conflict.Code.FIELD_TOO_LONG, "source_url is at most " + MAX_URL
                    + " characters, source_title " + MAX_TITLE + ", publisher " + MAX_PUBLISHER + ", quote " + MAX_QUOTE);
        }
        if (!isWebAddress(url)) {
            return refused("source_url must be an http or https address, not " + url);
        }
        if (publishedOn != null && !isDate(publishedOn)) {
            return refused("published_on must be a date as precise as the source gives it (2023, 2023-11 or"
                    + " 2023-11-05), not " + publishedOn);
        }
        return new Checked(new Citation(url, title, publisher, publishedOn, quote), null, null);
    }

    private static Checked refused(String problem) {
        return new Checked(null, Conflict.Code.INVALID_SOURCE, problem);
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isDate(String text) {
        try {
            if (DAY.matcher(text).matches()) {
                LocalDate.parse(text);
            } else if (MONTH.matcher(text).matches()) {
                YearMonth.parse(text);
            } else {
                return YEAR.matcher(text).matches();
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean longer(String text, int max) {
        return text != null && text.length() > max;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
