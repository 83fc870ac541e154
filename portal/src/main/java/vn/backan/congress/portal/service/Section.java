package vn.backan.congress.portal.service;

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
     * Reads a section; {@code service} down, slow or answering an error makes it unavailable. A bug
     * of the portal's own is not the service's fault: it fails the page instead of hiding as one.
     */
    public static <T> Section<T> read(String service, Supplier<T> read) {
        try {
            return new Section<>(read.get(), null);
        } catch (ProcessingException | WebApplicationException e) {
            LOG.warnf("%s did not answer for a page section: %s", service, e.toString());
            return new Section<>(null, service);
        }
    }
}
