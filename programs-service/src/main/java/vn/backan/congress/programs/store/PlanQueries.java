package vn.backan.congress.programs.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import vn.backan.congress.commons.text.Codes;
import vn.backan.congress.programs.domain.DeclaredCount;
import vn.backan.congress.programs.domain.KeyProgram;

/** Reads what the resolution itself fixes: the declared counts and the four key programs. */
@ApplicationScoped
public class PlanQueries {

    public DeclaredCount declared(DeclaredCount.Kind kind) {
        return DeclaredCount.findById(kind);
    }

    /**
     * A declared count locked for reading (a create checking it) or writing (a change of it), so a
     * create and a change of the count wait for each other.
     */
    public DeclaredCount declared(DeclaredCount.Kind kind, LockModeType lock) {
        return DeclaredCount.findById(kind, lock);
    }

    public List<KeyProgram> programs() {
        return KeyProgram.list("order by position");
    }

    public Optional<KeyProgram> program(String code) {
        return Codes.exactly(code, c -> KeyProgram.<KeyProgram>findByIdOptional(c), p -> p.code);
    }
}
