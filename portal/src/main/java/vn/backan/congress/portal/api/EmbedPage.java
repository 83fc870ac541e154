package vn.backan.congress.portal.api;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.backan.congress.portal.domain.Lang;
import vn.backan.congress.portal.service.ScoreboardService;

/**
 * The widget a district portal embeds with one line of HTML:
 * {@code <iframe src="https://…/embed/progress?orgUnit=061&lang=vi" …>}. A district's counts by
 * status, sized for a sidebar, linking to the full scoreboard. The gateway lets /embed/ be framed
 * by any site; every other page stays unframeable.
 */
@Path("/embed/progress")
@Produces(MediaType.TEXT_HTML)
public class EmbedPage {

    @Inject
    Template embed;

    @Inject
    ScoreboardService service;

    @GET
    public TemplateInstance widget(@QueryParam("orgUnit") String orgUnit, @QueryParam("lang") String langCode,
            @QueryParam("asOf") String asOf) {
        Lang lang = langCode == null || langCode.isBlank() ? Lang.VI : Lang.of(langCode);
        if (lang == null) {
            throw new BadRequestException("lang must be vi or en, not " + langCode + ".");
        }
        String unit = PageParams.orgUnit(orgUnit);
        int year = PageParams.year(asOf);
        String full = PageContext.home(lang) + "?orgUnit=" + unit + "&asOf=" + year;
        return PageContext.frame(embed.data("page", service.of(unit, year, lang)).data("full", full), lang, "", null);
    }
}
