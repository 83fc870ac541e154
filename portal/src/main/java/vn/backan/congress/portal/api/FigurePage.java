package vn.backan.congress.portal.api;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.backan.congress.portal.domain.Lang;
import vn.backan.congress.portal.service.FigureService;

/**
 * A figure's page, {@code /vi/figures/12} or under /en/: the figure with its bound and its page, and
 * the values other pages published for it, each with why it was not chosen.
 */
@Path("/{lang}/figures/{id}")
@Produces(MediaType.TEXT_HTML)
public class FigurePage {

    @Inject
    Template figure;

    @Inject
    FigureService service;

    @GET
    public TemplateInstance page(@PathParam("lang") String langCode, @PathParam("id") String id) {
        Lang lang = PageContext.lang(langCode);
        // A figure's id is a positive whole number (at most 18 digits, so it is a long): anything else names no figure.
        if (!id.matches("[1-9][0-9]{0,17}")) {
            throw new NotFoundException("There is no figure " + id + ".");
        }
        long figureId = Long.parseLong(id);
        return PageContext.frame(figure.data("page", service.of(figureId, lang)), lang, "/figures/" + figureId, null);
    }
}
