package vn.backan.congress.elections.api;


import vn.backan.congress.commons.rest.cache.CachedRead;
import vn.backan.congress.elections.service.CongressViews;
import vn.backan.congress.elections.service.Datasets;
import vn.backan.congress.elections.service.PostView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.backan.congress.commons.rest.paging.PagedResponses;
import vn.backan.congress.commons.rest.paging.PageParams;
import vn.backan.congress.commons.rest.paging.Page;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.BeanParam;
import jakarta.validation.Valid;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import vn.backan.congress.elections.service.PublishedEntities;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.backan.congress.commons.rest.feed.UpdatedSince;
import java.time.OffsetDateTime;
import java.util.function.Predicate;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.backan.congress.elections.store.CongressQueries;
import vn.backan.congress.elections.store.Roster;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The posts (Secretary, Deputy Secretary, Chair of the Inspection Committee) and who held them. */
@Tag(name = "Posts", description = "The posts (Secretary, Deputy Secretary, Chair of the Inspection Committee) and their holders.")
@CachedRead(Datasets.CONGRESS)
@Path("/api/v1/posts")
public class PostResource {

    /** A post; {@code seats} is null where the seed does not say how many hold it. */
    @Inject
    Roster roster;

    @Inject
    CongressViews views;

    @Inject
    UpdatedSince changed;

    @Inject
    CongressQueries congress;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPosts", summary = "List posts with their holders",
            description = "Every post, the Secretary first, with its holders on asOf (all holders without it). updatedSince (RFC 3339, inclusive) keeps the posts whose holders changed at or after it.")
    @APIResponse(responseCode = "200", description = "One page of posts; Link and X-Total-Count headers", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.PostPage.class)))
    public Response list(@QueryParam("asOf") LocalDate asOf,
            @Parameter(description = "RFC 3339, inclusive: only posts changed at or after it")
            @QueryParam("updatedSince") OffsetDateTime updatedSince,
            @BeanParam @Valid PageParams paging, @Context UriInfo uriInfo) {
        Predicate<String> since = changed.keys(PublishedEntities.POST.type(), updatedSince);
        return PagedResponses.ok(Page.slice(congress.posts().stream().filter(p -> since.test(p.code))
                .map(p -> views.post(p, asOf)).toList(), paging), uriInfo);
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPost", summary = "Get a post with its holders",
            description = "One post with its holders on asOf (all holders without it)")
    public PostView get(@PathParam("code") String code, @QueryParam("asOf") LocalDate asOf) {
        return views.post(views.findPost(code), asOf);
    }
}
