package vn.backan.congress.portal.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import vn.backan.congress.client.model.Citation;
import vn.backan.congress.client.model.IndicatorView;
import vn.backan.congress.client.model.ObservationView;
import vn.backan.congress.client.model.OrgUnitView;
import vn.backan.congress.client.model.OtherValueView;
import vn.backan.congress.client.model.State;
import vn.backan.congress.portal.client.TargetsApi;
import vn.backan.congress.portal.domain.Labels;
import vn.backan.congress.portal.domain.Lang;

/**
 * One figure and the values other pages published for it that the source rule did not choose:
 * each with its bound, its quality, its page (publisher, date, the quote verbatim, the link) and,
 * for the others, why the rule set it aside, in the page's language.
 */
@ApplicationScoped
public class FigureService {

    /** The page a value was published on; {@code date} is as the page shows it, or the words for "no date shown". */
    public record Source(String url, String title, String publisher, String date, boolean dated, String quote) {
    }

    /** The figure itself: its value after its bound's word (if a bound), its quality, its page (null if none). */
    public record Chosen(String value, String quality, Source source) {
    }

    /** A value another page published for the same figure, and why the rule chose the figure's value instead. */
    public record Other(String value, String quality, Source source, String reason) {
    }

    /**
     * The figure's page. {@code state} is said only when the figure is not (or no longer) approved;
     * {@code indicatorUrl} is the indicator's page for the figure's org unit and year.
     */
    public record FigurePage(long id, String indicatorCode, String indicatorName, String unit, String orgUnit,
            String orgUnitName, int year, Chosen figure, String state, List<Other> others, String indicatorUrl) {
    }

    private static final Logger LOG = Logger.getLogger(FigureService.class);
    private static final String SERVICE = "targets-service";

    private final TargetsApi targets;

    @Inject
    public FigureService(@RestClient TargetsApi targets) {
        this.targets = targets;
    }

    /** The figure page's path in a language: {@code /vi/figures/12}. */
    public static String url(long id, Lang lang) {
        return "/" + lang.code() + "/figures/" + id;
    }

    public FigurePage of(long id, Lang lang) {
        Labels t = Labels.of(lang);
        ObservationView o;
        try {
            o = targets.observation(id);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw new NotFoundException("There is no figure " + id + ".");
            }
            throw unavailable();
        } catch (ProcessingException e) {
            // The page is the figure: without targets-service there is no page.
            throw unavailable();
        }
        String code = Texts.shown(o.getIndicator());
        // The indicator's name and unit and the org unit's name only label the figure: without them the codes do.
        IndicatorView indicator = label(() -> targets.indicator(code));
        String name = indicator == null || indicator.getName() == null ? code : Texts.of(indicator.getName(), lang);
        String unit = indicator == null || indicator.getUnit() == null ? ""
                : Texts.of(indicator.getUnit().getLabel(), lang);
        String orgUnit = Texts.shown(o.getOrgUnit());
        List<OrgUnitView> units = label(() -> Texts.orEmpty(targets.orgUnits(20).getItems()));
        String orgUnitName = Texts.orEmpty(units).stream().filter(u -> orgUnit.equals(u.getCode())).findFirst()
                .map(u -> Texts.of(u.getName(), lang)).filter(n -> !n.isBlank()).orElse(orgUnit);

        int year = Texts.orZero(o.getYear());
        Chosen figure = new Chosen(Texts.figure(o.getValue(), o.getQualifier(), lang), Texts.shown(o.getQuality()),
                source(o.getCitation(), t));
        String state = o.getState() == null || o.getState() == State.APPROVED ? null
                : t.text("figure_state_" + o.getState().name());
        List<Other> others = new ArrayList<>();
        for (OtherValueView v : Texts.orEmpty(o.getOtherValues())) {
            others.add(new Other(Texts.figure(v.getValue(), v.getQualifier(), lang), Texts.shown(v.getQuality()),
                    source(v.getCitation(), t), Texts.of(v.getReason(), lang)));
        }
        return new FigurePage(id, code, name, unit, orgUnit, orgUnitName, year, figure, state, others,
                indicatorUrl(code, orgUnit, year, lang));
    }

    private static Source source(Citation c, Labels t) {
        if (c == null || c.getUrl() == null || c.getUrl().isBlank()) {
            return null;
        }
        boolean dated = c.getPublishedOn() != null && !c.getPublishedOn().isBlank();
        // The date only as the page shows it (2023, 2023-11 or 2023-11-05): never made more precise.
        return new Source(c.getUrl(), Texts.shown(c.getTitle()), Texts.shown(c.getPublisher()),
                dated ? c.getPublishedOn() : t.text("figure_noDate"), dated, Texts.shown(c.getQuote()));
    }

    /**
     * The indicator's page for this figure's org unit and year, as far as that page's parameters
     * take them: an org unit or a year it would refuse is left out rather than linked to a 400.
     */
    static String indicatorUrl(String code, String orgUnit, int year, Lang lang) {
        StringBuilder url = new StringBuilder("/").append(lang.code()).append("/indicators/").append(code);
        String sep = "?";
        if (orgUnit.matches("[0-9]{2,3}")) {
            url.append(sep).append("orgUnit=").append(orgUnit);
            sep = "&";
        }
        if (year >= ScoreboardService.FIRST_YEAR && year <= ScoreboardService.LAST_YEAR) {
            url.append(sep).append("asOf=").append(year);
        }
        return url.toString();
    }

    private static <T> T label(Supplier<T> read) {
        try {
            return read.get();
        } catch (WebApplicationException | ProcessingException e) {
            LOG.warnf("%s gave no usable answer for a figure's labels: %s", SERVICE, e.toString());
            return null;
        }
    }

    private static ServiceUnavailableException unavailable() {
        return new ServiceUnavailableException(SERVICE + " did not answer; try again shortly.", 5L);
    }
}
