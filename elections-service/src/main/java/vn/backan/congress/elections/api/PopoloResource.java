package vn.backan.congress.elections.api;

import vn.backan.congress.commons.rest.cache.CachedRead;
import vn.backan.congress.elections.service.Datasets;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The open-data export in the Popolo standard. */
@Tag(name = "Popolo", description = "Persons, organizations, memberships, posts and events in the Popolo standard.")
@CachedRead(Datasets.CONGRESS)
@Path("/api/v1/popolo")
public class PopoloResource {

    @Inject
    PopoloExport export;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPopolo", summary = "Export as Popolo JSON",
            description = "Persons, organizations, memberships, posts and events as Popolo JSON (snake_case, as the standard names them)")
    public Map<String, Object> popolo() {
        return export.document();
    }
}
