package vn.backan.congress.portal.api;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import vn.backan.congress.portal.domain.Lang;
import vn.backan.congress.portal.service.ScoreboardService;

/** The scoreboard: Vietnamese at {@code /}, English at {@code /en/}; org unit and year in the query. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ScoreboardPage {

    @Inject
    Template scoreboard;

    @Inject
    ScoreboardService service;

    @GET
    public TemplateInstance vietnamese(@QueryParam("orgUnit") String orgUnit, @QueryParam("asOf") String asOf,
            @Context UriInfo uri) {
        return page(Lang.VI, orgUnit, asOf, uri);
    }

    @GET
    @Path("en/")
    public TemplateInstance english(@QueryParam("orgUnit") String orgUnit, @QueryParam("asOf") String asOf,
            @Context UriInfo uri) {
        return page(Lang.EN, orgUnit, asOf, uri);
    }

    private TemplateInstance page(Lang lang, String orgUnit, String asOf, UriInfo uri) {
        String unit = PageParams.orgUnit(orgUnit);
        int year = PageParams.year(asOf);
        return PageContext.frame(scoreboard.data("page", service.of(unit, year, lang)), lang, "",
                uri.getRequestUri().getRawQuery());
    }
}
