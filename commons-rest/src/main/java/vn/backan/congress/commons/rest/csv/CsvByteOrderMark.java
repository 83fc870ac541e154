package vn.backan.congress.commons.rest.csv;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.backan.congress.commons.rest.params.InvalidParameter;

/**
 * CSV downloads start with a UTF-8 byte-order mark, so a spreadsheet opened by double-click reads
 * "Thành phố Bắc Kạn" and not "ThÃ nh phá»‘ Báº¯c Káº¡n"; {@code bom=false} leaves it out for tools
 * that do not want it. Imports accept it either way. Runs before the ETag filter (a higher
 * priority runs first on responses), so the tag covers the bytes sent.
 */
@Provider
@Priority(Priorities.USER + 100)
public class CsvByteOrderMark implements ContainerResponseFilter {

    static final String PARAMETER = "bom";
    private static final MediaType CSV = MediaType.valueOf(CsvResponses.TEXT_CSV);

    /** Only true or false: anything else is a 400 rather than a guess. */
    @ServerRequestFilter
    public void checkParameter(ContainerRequestContext request) {
        String value = request.getUriInfo().getQueryParameters().getFirst(PARAMETER);
        if (value != null && !value.equals("true") && !value.equals("false")) {
            throw new InvalidParameter(PARAMETER, "must be true or false, not '" + value + "'");
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof String body && response.getMediaType() != null
                && response.getMediaType().isCompatible(CSV) && !body.startsWith("\uFEFF")
                && !"false".equals(request.getUriInfo().getQueryParameters().getFirst(PARAMETER))) {
            response.setEntity("\uFEFF" + body, response.getEntityAnnotations(), response.getMediaType());
        }
    }
}
