package vn.backan.congress.commons.rest.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * What every service's contract states the same way, written once instead of on each method:
 * the problem responses, who may call each operation, the headers answers carry, and the bounds
 * enforced below the resource methods.
 */
public class ContractFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        ProblemResponses.addTo(openAPI);
        BearerSecurity.applyTo(openAPI);
        ResponseHeaders.addTo(openAPI);
        StatedBounds.addTo(openAPI);
    }
}
