package vn.backan.congress.portal.api;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.backan.congress.portal.domain.Lang;
import vn.backan.congress.portal.service.PlanService;

/** The programs and the plan: {@code /vi/plan}, {@code /en/plan}. */
@Path("/{lang}/plan")
@Produces(MediaType.TEXT_HTML)
public class PlanPage {

    @Inject
    Template plan;

    @Inject
    PlanService service;

    @GET
    public TemplateInstance page(@PathParam("lang") String langCode) {
        Lang lang = PageContext.lang(langCode);
        return PageContext.frame(plan.data("page", service.of(lang)), lang, "/plan", null);
    }
}
