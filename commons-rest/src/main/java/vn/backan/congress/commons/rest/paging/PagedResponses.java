package vn.backan.congress.commons.rest.paging;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/** Answers a list request with the envelope, an RFC 8288 {@code Link} header and {@code X-Total-Count}. */
public final class PagedResponses {

    private PagedResponses() {
    }

    public static Response ok(Page<?> page, UriInfo uriInfo) {
        return Response.ok(page)
                .header("Link", linkHeader(page, uriInfo.getRequestUriBuilder()))
                .header("X-Total-Count", page.totalItems())
                .build();
    }

    /** Relative links (path and query only) so they stay right behind the gateway. */
    static String linkHeader(Page<?> page, UriBuilder request) {
        List<String> links = new ArrayList<>();
        links.add(link(request, 1, page.pageSize(), "first"));
        if (page.page() > 1) {
            links.add(link(request, Math.min(page.page() - 1, page.totalPages()), page.pageSize(), "prev"));
        }
        if (page.page() < page.totalPages()) {
            links.add(link(request, page.page() + 1, page.pageSize(), "next"));
        }
        links.add(link(request, page.totalPages(), page.pageSize(), "last"));
        return String.join(", ", links);
    }

    private static String link(UriBuilder request, int page, int pageSize, String rel) {
        var uri = request.clone()
                .replaceQueryParam("page", page)
                .replaceQueryParam("pageSize", pageSize)
                .build();
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return "<" + target + ">; rel=\"" + rel + "\"";
    }
}
