package vn.backan.congress.elections.api;


import vn.backan.congress.commons.rest.cache.CachedRead;
import vn.backan.congress.elections.service.CongressViews;
import vn.backan.congress.elections.service.Datasets;
import vn.backan.congress.elections.service.PersonView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.backan.congress.commons.rest.paging.Page;
import vn.backan.congress.commons.rest.paging.PageParams;
import vn.backan.congress.commons.rest.paging.PagedResponses;
import vn.backan.congress.commons.text.VietnameseText;
import vn.backan.congress.elections.domain.Person;
import vn.backan.congress.elections.domain.VietnameseNames;
import vn.backan.congress.elections.store.Roster;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The people the data names, in Vietnamese list order (by given name, then the rest). */
@Tag(name = "People", description = "The people the data names, in Vietnamese list order.")
@CachedRead(Datasets.CONGRESS)
@Path("/api/v1/people")
public class PersonResource {

    @Inject
    Roster roster;

    @Inject
    CongressViews views;

    @Inject
    UpdatedSince changed;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPeople", summary = "List people",
            description = "People by given name as Vietnamese lists are; q matches any part of the name, accents and case ignored. updatedSince (RFC 3339, inclusive) keeps the people added, or whose memberships changed, at or after it.")
    @APIResponse(responseCode = "200", description = "One page of people; Link and X-Total-Count headers", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Pages.PersonPage.class)))
    public Response list(@QueryParam("q") String q,
            @Parameter(description = "RFC 3339, inclusive: only people changed at or after it")
            @QueryParam("updatedSince") OffsetDateTime updatedSince,
            @BeanParam @Valid PageParams paging, @Context UriInfo uriInfo) {
        Predicate<String> since = changed.keys(PublishedEntities.PERSON.type(), updatedSince);
        List<PersonView> hits = roster.people().values().stream()
                .filter(p -> q == null || VietnameseText.foldedContains(p.name, q)).filter(p -> since.test(p.id))
                .sorted(Comparator.comparing((Person p) -> p.name, VietnameseNames.ORDER).thenComparing(p -> p.id))
                .map(views::person).toList();
        return PagedResponses.ok(Page.slice(hits, paging), uriInfo);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPerson", summary = "Get a person",
            description = "One person with every membership.")
    public PersonView get(@PathParam("id") String id) {
        return views.person(views.findPerson(id));
    }
}
