package vn.backan.congress.portal.api;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.backan.congress.portal.domain.Lang;
import vn.backan.congress.portal.service.CongressService;

/** The congress: {@code /vi/congress?onDate=2020-10-28}; the bodies' members as they were that day. */
@Path("/{lang}/congress")
@Produces(MediaType.TEXT_HTML)
public class CongressPage {

    /** The congress's last day, when the bodies it elected first sat. */
    static final String CONGRESS_END = "2020-10-28";

    @Inject
    Template congress;

    @Inject
    CongressService service;

    @GET
    public TemplateInstance page(@PathParam("lang") String langCode, @QueryParam("onDate") String onDate,
            @Context UriInfo uri) {
        Lang lang = PageContext.lang(langCode);
        String day = onDate == null || onDate.isBlank() ? CONGRESS_END : onDate;
        try {
            LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("onDate must be a date such as 2020-10-28, not " + onDate + ".");
        }
        return PageContext.frame(congress.data("page", service.of(day, lang)), lang, "/congress",
                uri.getRequestUri().getRawQuery());
    }
}
