package vn.backan.congress.targets.api;

import vn.backan.congress.targets.service.IndicatorView;

import vn.backan.congress.commons.rest.cache.CachedRead;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.backan.congress.commons.text.LocalizedText;
import vn.backan.congress.targets.domain.Resolution;
import vn.backan.congress.targets.store.Catalogue;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The resolution itself: theme, general objective, the four lessons, the term and the source document. */
@Tag(name = "Resolution", description = "The resolution of the 12th Congress: its theme, general objective, lessons and term.")
@CachedRead
@Path("/api/v1/resolution")
public class ResolutionResource {

    public record ResolutionView(String code, LocalizedText title, LocalizedText theme, LocalizedText generalObjective,
            List<Lesson> lessons, Term term, SourceDocument source) {
    }

    public record Lesson(int number, LocalizedText text) {
    }

    public record Term(int start, int end) {
    }

    public record SourceDocument(LocalizedText title, LocalDate date, LocalizedText place, String file) {
    }

    @Inject
    Catalogue catalogue;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getResolution", summary = "Get the resolution",
            description = "The resolution of the 12th Congress, verbatim in Vietnamese with English beside it.")
    public ResolutionView get() {
        Resolution r = catalogue.resolution();
        return new ResolutionView(r.code, LocalizedText.of(r.titleVi, r.titleEn), LocalizedText.of(r.themeVi, r.themeEn),
                LocalizedText.of(r.generalObjectiveVi, r.generalObjectiveEn),
                r.lessons.stream().map(l -> new Lesson(l.number, LocalizedText.of(l.textVi, l.textEn))).toList(),
                new Term(r.termStart, r.termEnd),
                new SourceDocument(LocalizedText.of(r.sourceTitleVi, r.sourceTitleEn), r.sourceDate,
                        LocalizedText.of(r.sourcePlaceVi, r.sourcePlaceEn), IndicatorView.SOURCE_DOCUMENT));
    }
}
