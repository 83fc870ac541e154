package vn.backan.congress.programs.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.backan.congress.commons.rest.store.ChangeLog;
import vn.backan.congress.commons.rest.store.IdempotentRequests;

/** The tables every service keeps the same way (commons-rest), over this service's database. */
@ApplicationScoped
public class SharedTables {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Produces
    ChangeLog changeLog() {
        return new ChangeLog(em, mapper);
    }

    @Produces
    IdempotentRequests idempotentRequests() {
        return new IdempotentRequests(em);
    }
}
