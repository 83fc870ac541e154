package vn.backan.congress.commons.rest.cache;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import vn.backan.congress.commons.web.ChangedDatasets;
import vn.backan.congress.commons.rest.write.WriteContext;

/**
 * A write that changed data says which datasets in its answer ({@link ChangedDatasets}), so the
 * gateway forgets its kept reads of this service only after a write that changed something.
 */
@Provider
public class ChangedDatasetsFilter implements ContainerResponseFilter {

    @Inject
    WriteContext context;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return;
        }
        Set<String> changed = context.changedDatasets();
        if (!changed.isEmpty()) {
            response.getHeaders().putSingle(ChangedDatasets.HEADER, String.join(",", changed));
        }
    }
}
