package vn.backan.congress.portal.service;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * One part of a page and the service it comes from: its content, or, when that service did not
 * answer, the service's name so the page can say which part is missing while the rest renders.
 */
public record Section<T>(T content, String unavailableService) {

    private static final Logger LOG = Logger.getLogger(Section.class);

    public boolean available() {
        return unavailableService == null;
    }

    /**
     * Reads a section; {@code service} down, slow or answering an error makes it unavailable, except
     * a 400, which refuses the parameters the page passed on (a 400 page). A bug of the portal's own
     * is not the service's fault: it fails the page instead of hiding as one.
     */
    public static <T> Section<T> read(String service, Supplier<T> read) {
        try {
            return new Section<>(read.get(), null);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 400) {
                // The page passes its parameters on: a service refusing them is the client's error, not an outage.
                throw new BadRequestException(service + " refused this page's parameters (orgUnit, asOf or onDate).");
            }
            return unavailable(service, e);
        } catch (ProcessingException e) {
            return unavailable(service, e);
        }
    }

    private static <T> Section<T> unavailable(String service, RuntimeException e) {
        // Down, slow, an error status, or an answer outside the contract the portal was built with.
        LOG.warnf("%s gave no usable answer for a page section: %s", service, e.toString());
        return new Section<>(null, service);
    }
}
