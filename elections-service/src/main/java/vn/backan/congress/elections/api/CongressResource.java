package vn.backan.congress.elections.api;

import vn.backan.congress.commons.rest.cache.CachedRead;
import vn.backan.congress.elections.service.CongressView;
import vn.backan.congress.elections.service.CongressViews;
import vn.backan.congress.elections.service.Datasets;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The 12th provincial congress as the seed reports it. */
@Tag(name = "Congress", description = "The 12th provincial congress as the seed reports it.")
@CachedRead(Datasets.CONGRESS)
@Path("/api/v1/congress")
public class CongressResource {

    @Inject
    CongressViews views;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getCongress", summary = "Get the congress",
            description = "The congress: dates, sessions, delegates, motto, guests, documents adopted, call to action and the leaders it elected.")
    public CongressView congress() {
        return views.congress();
    }
}
