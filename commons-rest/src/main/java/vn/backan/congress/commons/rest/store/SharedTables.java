package vn.backan.congress.commons.rest.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Hands every service the tables they all keep the same way, over the service's own database.
 * The EntityManager is looked up lazily, so a module without Hibernate can still load commons-rest.
 */
@ApplicationScoped
public class SharedTables {

    @Inject
    Instance<EntityManager> em;

    @Inject
    ObjectMapper mapper;

    @Produces
    ChangeLog changeLog() {
        return new ChangeLog(em.get(), mapper);
    }

    @Produces
    ChangeFeed changeFeed() {
        return new ChangeFeed(em.get());
    }

    @Produces
    IdempotentRequests idempotentRequests() {
        return new IdempotentRequests(em.get());
    }
}
