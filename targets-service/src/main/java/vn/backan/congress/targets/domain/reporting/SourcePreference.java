package vn.backan.congress.targets.domain.reporting;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import vn.backan.congress.commons.text.LocalizedText;
import vn.backan.congress.targets.domain.Citation;
import vn.backan.congress.targets.domain.Qualifier;
import vn.backan.congress.targets.domain.Quality;

/**
 * Which of several published values of one figure (an indicator, an org unit, a year) is the
 * figure, by one rule, each step deciding only when the one before it ties:
 * <ol>
 *   <li>a dated page over an undated one;</li>
 *   <li>the later page over the earlier, compared as precisely as both are dated (2025-01 and
 *       2025-01-20 tie, 2024-12 is earlier than 2025-01);</li>
 *   <li>the more final figure: final (or revised, or a series break) over preliminary over estimate;</li>
 *   <li>the official source over the press: the province's statistics office (the publisher, or the
 *       office named in the quote as the figure's source) first, then a government page (a portal or
 *       a department of the province or a district), then newspapers and magazines.</li>
 * </ol>
 * Values still tied after the four steps are the same figure if they agree, and an ambiguity the
 * reporter must settle if they do not.
 */
public final class SourcePreference {

    /** The step at which a value lost to the chosen one. */
    public enum Because {
        DATED_OVER_UNDATED("trang này không ghi ngày, trang của giá trị được chọn có ghi ngày",
                "this page shows no date; the chosen value's page does"),
        LATER_OVER_EARLIER("trang của giá trị được chọn đăng muộn hơn",
                "the chosen value's page was published later"),
        FINAL_OVER_ESTIMATE("giá trị được chọn là số chính thức hơn (chính thức, rồi sơ bộ, rồi ước tính)",
                "the chosen value is more final (final, then preliminary, then estimate)"),
        OFFICIAL_OVER_PRESS("nguồn của giá trị được chọn chính thức hơn (cơ quan thống kê, rồi trang của cơ quan"
                + " nhà nước, rồi báo chí)", "the chosen value's source is more official (the statistics office, then a"
                + " government page, then the press)"),
        SAME_RANK_SAME_VALUE("cùng giá trị, cùng thứ hạng với giá trị được chọn",
                "the same value, ranked the same as the chosen one");

        private final LocalizedText text;

        Because(String vi, String en) {
            this.text = LocalizedText.of(vi, en);
        }

        public LocalizedText text() {
            return text;
        }
    }

    /** One published value: {@code item} is what the caller keeps (a row, say); the rest is what the rule reads. */
    public record Candidate<T>(T item, BigDecimal value, Qualifier qualifier, Quality quality, Citation citation) {
    }

    /** A value that was not chosen, and the step it lost at. */
    public record NotChosen<T>(Candidate<T> candidate, Because because) {
    }

    /** The chosen value and the others, or, when values that differ tie, those values ({@code tied}). */
    public record Choice<T>(Candidate<T> chosen, List<NotChosen<T>> others, List<Candidate<T>> tied) {

        public boolean isAmbiguous() {
            return !tied.isEmpty();
        }
    }

    private static final List<Step> STEPS = List.of(
            new Step(Because.DATED_OVER_UNDATED, (a, b) -> Boolean.compare(dated(a), dated(b))),
            new Step(Because.LATER_OVER_EARLIER, SourcePreference::compareDates),
            new Step(Because.FINAL_OVER_ESTIMATE, Comparator.comparingInt(c -> finality(c.quality()))),
            new Step(Because.OFFICIAL_OVER_PRESS, Comparator.comparingInt(SourcePreference::officialness)));

    private record Step(Because because, Comparator<Candidate<?>> order) {
    }

    private SourcePreference() {
    }

    /** Chooses among {@code candidates} (at least one), keeping their order among equals. */
    public static <T> Choice<T> choose(List<Candidate<T>> candidates) {
        Candidate<T> best = candidates.get(0);
        for (Candidate<T> c : candidates.subList(1, candidates.size())) {
            if (compare(c, best) > 0) {
                best = c;
            }
        }
        List<NotChosen<T>> others = new ArrayList<>();
        List<Candidate<T>> tied = new ArrayList<>();
        for (Candidate<T> c : candidates) {
            if (c == best) {
                continue;
            }
            Optional<Because> lost = stepWon(best, c);
            if (lost.isPresent()) {
                others.add(new NotChosen<>(c, lost.get()));
            } else if (sameValue(best, c)) {
                others.add(new NotChosen<>(c, Because.SAME_RANK_SAME_VALUE));
            } else {
                tied.add(c);
            }
        }
        if (!tied.isEmpty()) {
            tied.add(0, best);
        }
        return new Choice<>(best, others, tied);
    }

    /** Positive when {@code a} is preferred to {@code b}. */
    static int compare(Candidate<?> a, Candidate<?> b) {
        for (Step step : STEPS) {
            int c = step.order().compare(a, b);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static Optional<Because> stepWon(Candidate<?> winner, Candidate<?> loser) {
        for (Step step : STEPS) {
            int c = step.order().compare(winner, loser);
            if (c != 0) {
                return c > 0 ? Optional.of(step.because()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean sameValue(Candidate<?> a, Candidate<?> b) {
        return a.value().compareTo(b.value()) == 0 && a.qualifier() == b.qualifier();
    }

    private static String date(Candidate<?> c) {
        return c.citation() == null ? null : c.citation().publishedOn();
    }

    private static boolean dated(Candidate<?> c) {
        return date(c) != null && !date(c).isBlank();
    }

    /** At the precision both dates have: 2025 and 2025-01-20 tie, ISO text compares as dates do. */
    private static int compareDates(Candidate<?> a, Candidate<?> b) {
        if (!dated(a) || !dated(b)) {
            return 0;
        }
        int precision = Math.min(date(a).length(), date(b).length());
        return Integer.signum(date(a).substring(0, precision).compareTo(date(b).substring(0, precision)));
    }

    private static int finality(Quality quality) {
        return switch (Objects.requireNonNullElse(quality, Quality.FINAL)) {
            case ESTIMATE -> 0;
            case PRELIMINARY -> 1;
            case FINAL, REVISED, SERIES_BREAK -> 2;
        };
    }

    /**
     * 2 for the statistics office ("Cục Thống kê tỉnh Bắc Kạn" as publisher, or "Theo Cục Thống kê…"
     * in the quote), 1 for a government page ("Cổng Thông tin điện tử tỉnh…", "Sở Công Thương…"),
     * 0 for the press.
     */
    private static int officialness(Candidate<?> c) {
        String publisher = lower(c.citation() == null ? null : c.citation().publisher());
        String quote = lower(c.citation() == null ? null : c.citation().quote());
        if (publisher.contains("thống kê") || quote.contains("cục thống kê")) {
            return 2;
        }
        return publisher.startsWith("cổng thông tin điện tử") || publisher.startsWith("sở ")
                || publisher.startsWith("ủy ban nhân dân") || publisher.startsWith("ubnd") ? 1 : 0;
    }

    private static String lower(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
