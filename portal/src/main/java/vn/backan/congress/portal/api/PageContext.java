package vn.backan.congress.portal.api;

import io.quarkus.qute.TemplateInstance;
import vn.backan.congress.portal.domain.Labels;
import vn.backan.congress.portal.domain.Lang;

/** What every page's frame needs: its language, its words, its home and the same page in the other language. */
final class PageContext {

    private PageContext() {
    }

    /** The language a page's first path segment names; any other segment is no page of the portal. */
    static Lang lang(String code) {
        Lang lang = Lang.of(code);
        if (lang == null) {
            throw new jakarta.ws.rs.NotFoundException("The portal's pages are under /vi/ and /en/.");
        }
        return lang;
    }

    /** The scoreboard of a language: Vietnamese at the root, English under /en/. */
    static String home(Lang lang) {
        return lang == Lang.VI ? "/" : "/en/";
    }

    /**
     * {@code path} is the page's path after its language ("" for the scoreboard, "/plan", …) and
     * {@code query} its query string without '?', or null.
     */
    static TemplateInstance frame(TemplateInstance page, Lang lang, String path, String query) {
        Lang other = lang.other();
        String base = path.isEmpty() ? home(other) : "/" + other.code() + path;
        String switchUrl = query == null || query.isBlank() ? base : base + "?" + query;
        return page.data("lang", lang).data("t", Labels.of(lang)).data("home", home(lang))
                .data("switchUrl", switchUrl);
    }
}
