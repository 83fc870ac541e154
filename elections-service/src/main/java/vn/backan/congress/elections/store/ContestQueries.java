package vn.backan.congress.elections.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import vn.backan.congress.commons.text.Codes;
import vn.backan.congress.elections.domain.Contest;

/** Reads contests, by election date. */
@ApplicationScoped
public class ContestQueries {

    public Optional<Contest> byCode(String code) {
        return Codes.exactly(code, c -> Contest.<Contest>findByIdOptional(c), c -> c.code);
    }

    /** Locked for writing: two writes to one contest run one after the other. */
    public Optional<Contest> forUpdate(String code) {
        return Codes.exactly(code, c -> Contest.<Contest>findByIdOptional(c, LockModeType.PESSIMISTIC_WRITE), c -> c.code);
    }

    public List<Contest> all() {
        return Contest.list("order by heldOn, code");
    }
}
