package vn.backan.congress.elections.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import vn.backan.congress.commons.text.Codes;
import vn.backan.congress.elections.domain.Congress;
import vn.backan.congress.elections.domain.Event;
import vn.backan.congress.elections.domain.Organization;
import vn.backan.congress.elections.domain.Post;

/** Reads what the seed records of the congress: the congress and its sessions, the bodies, the posts. */
@ApplicationScoped
public class CongressQueries {

    public Congress congress() {
        return Congress.<Congress>findAll().firstResult();
    }

    public List<Event> sessionsOf(String congressCode) {
        return Event.list("parentCode = ?1 and classification = 'session' order by startDate", congressCode);
    }

    public List<Event> events() {
        return Event.list("order by startDate, code");
    }

    public List<Organization> bodies() {
        return Organization.list("order by code");
    }

    public Optional<Organization> body(String code) {
        return Codes.exactly(code, c -> Organization.<Organization>findByIdOptional(c), o -> o.code);
    }

    public List<Post> posts() {
        return Post.list("order by position");
    }

    public List<Post> postsOf(String bodyCode) {
        return Post.list("organizationCode = ?1 order by position", bodyCode);
    }

    public Optional<Post> post(String code) {
        return Codes.exactly(code, c -> Post.<Post>findByIdOptional(c), p -> p.code);
    }
}
