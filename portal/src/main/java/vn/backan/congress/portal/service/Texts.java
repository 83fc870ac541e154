package vn.backan.congress.portal.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import vn.backan.congress.portal.domain.Lang;

/** Reading the API's JSON for a page: bilingual text in the page's language, numbers as its readers write them. */
final class Texts {

    private Texts() {
    }

    /** The items of one page of a list. */
    static List<JsonNode> items(JsonNode page) {
        List<JsonNode> items = new ArrayList<>();
        page.path("items").forEach(items::add);
        return items;
    }

    /** Every item of a paged list, page after page: a list that grows past one page is never cut short. */
    static List<JsonNode> allItems(IntFunction<JsonNode> page) {
        List<JsonNode> all = new ArrayList<>();
        int pages = 1;
        for (int n = 1; n <= pages; n++) {
            JsonNode one = page.apply(n);
            all.addAll(items(one));
            pages = one.path("totalPages").asInt(1);
        }
        return all;
    }

    /** The text of a {@code {"vi": …, "en": …}} object in {@code lang}, Vietnamese when there is no English. */
    static String of(JsonNode text, Lang lang) {
        if (text == null || text.isNull()) {
            return "";
        }
        return lang.pick(text.path("vi").asText(""), text.path("en").asText(null));
    }

    /** 6,35 in Vietnamese, 6.35 in English; thousands 35.130 / 35,130. */
    static String number(JsonNode value, Lang lang) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(lang == Lang.VI ? Locale.forLanguageTag("vi-VN")
                : Locale.ENGLISH);
        format.setMaximumFractionDigits(4);
        return format.format(new BigDecimal(value.asText()));
    }
}
