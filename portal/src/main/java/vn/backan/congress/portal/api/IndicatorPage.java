package vn.backan.congress.portal.api;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import vn.backan.congress.portal.domain.Lang;
import vn.backan.congress.portal.service.IndicatorService;

/** An indicator's page: {@code /vi/indicators/ECO-GRDP-GROWTH?orgUnit=061&asOf=2024}, or under /en/. */
@Path("/{lang}/indicators/{code}")
@Produces(MediaType.TEXT_HTML)
public class IndicatorPage {

    @Inject
    Template indicator;

    @Inject
    IndicatorService service;

    @GET
    public TemplateInstance page(@PathParam("lang") String langCode, @PathParam("code") String code,
            @QueryParam("orgUnit") String orgUnit, @QueryParam("asOf") String asOf, @Context UriInfo uri) {
        Lang lang = PageContext.lang(langCode);
        if (!code.matches("[A-Z0-9-]{1,64}")) {
            throw new NotFoundException("There is no indicator " + code + ".");
        }
        return PageContext.frame(indicator.data("page", service.of(code, PageParams.orgUnit(orgUnit),
                PageParams.year(asOf), lang)), lang, "/indicators/" + code, uri.getRequestUri().getRawQuery());
    }
}
