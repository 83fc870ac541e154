package vn.backan.congress.portal.domain;

import io.quarkus.qute.Mapper;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The portal's own words (headings, status names, domain names) in one language, for templates:
 * {@code {t.scoreboard}}. Read from messages/portal_vi.properties and portal_en.properties (UTF-8).
 * A key missing from a file is a bug, so it shows as the key itself and a test looks for it.
 */
public final class Labels implements Mapper {

    private static final Map<Lang, Labels> BY_LANG = new EnumMap<>(Lang.class);

    static {
        for (Lang lang : Lang.values()) {
            BY_LANG.put(lang, new Labels(ResourceBundle.getBundle("messages.portal", java.util.Locale.forLanguageTag(
                    lang.code()), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))));
        }
    }

    private final ResourceBundle bundle;

    private Labels(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Labels of(Lang lang) {
        return BY_LANG.get(lang);
    }

    @Override
    public Object get(String key) {
        return text(key);
    }

    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
