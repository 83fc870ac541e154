package vn.backan.congress.portal.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import vn.backan.congress.portal.domain.Lang;

/** Reading the API's JSON for a page: bilingual text in the page's language, numbers as its readers write them. */
final class Texts {

    private Texts() {
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
