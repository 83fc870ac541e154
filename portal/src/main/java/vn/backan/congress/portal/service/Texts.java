package vn.backan.congress.portal.service;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import vn.backan.congress.client.model.LocalizedText;
import vn.backan.congress.client.model.Qualifier;
import vn.backan.congress.portal.domain.Labels;
import vn.backan.congress.portal.domain.Lang;

/** Reading the API's answers for a page: bilingual text in the page's language, numbers as its readers write them. */
final class Texts {

    private Texts() {
    }

    /**
     * Every item of a paged list, page after page: a list that grows past one page is never cut
     * short. {@code items} and {@code totalPages} read one page (each list has its own page type).
     */
    static <P, T> List<T> allItems(IntFunction<P> page, Function<P, List<T>> items, Function<P, Integer> totalPages) {
        List<T> all = new ArrayList<>();
        int pages = 1;
        for (int n = 1; n <= pages; n++) {
            P one = page.apply(n);
            all.addAll(orEmpty(items.apply(one)));
            Integer total = totalPages.apply(one);
            pages = total == null ? 1 : total;
        }
        return all;
    }

    /** A list the API may leave out: none is an empty list. */
    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** A map the API may leave out: none is an empty map. */
    static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    /** The text of a {@code {"vi": …, "en": …}} pair in {@code lang}, Vietnamese when there is no English. */
    static String of(LocalizedText text, Lang lang) {
        if (text == null) {
            return "";
        }
        return lang.pick(text.getVi() == null ? "" : text.getVi(), text.getEn());
    }

    /** 6,35 in Vietnamese, 6.35 in English; thousands 35.130 / 35,130; nothing for no number. */
    static String number(Number value, Lang lang) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(lang == Lang.VI ? Locale.forLanguageTag("vi-VN")
                : Locale.ENGLISH);
        format.setMaximumFractionDigits(4);
        return format.format(value instanceof BigDecimal exact ? exact : new BigDecimal(value.toString()));
    }

    /**
     * A published figure as its page states it: the number, after its bound's word when the page gave
     * a bound ("trên 562" / "more than 562"), so a bound never reads as an exact value.
     */
    static String figure(Number value, Qualifier qualifier, Lang lang) {
        String number = number(value, lang);
        if (number.isEmpty() || qualifier == null || qualifier == Qualifier.EXACT) {
            return number;
        }
        return Labels.of(lang).text("qualifier_" + qualifier.name()) + " " + number;
    }

    /** An optional count or year: none is 0. */
    static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    /** An optional value (a code, an enum, a date) as the pages show it: none is empty. */
    static String shown(Object value) {
        return value == null ? "" : value.toString();
    }
}
