package vn.backan.congress.portal.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.HashMap;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;

/**
 * One upstream service as a test wants it: answering with the fixtures under upstream/{service}/
 * (the same files the fixture server of the HTTP tests serves), down, or refusing one read with a
 * status, as the REST client would report each (a ProcessingException for a refused connection,
 * a WebApplicationException carrying the status for a 4xx).
 */
final class Upstream {

    /** Read as the portal's ObjectMapper reads: unknown fields are skipped, dates are java.time. */
    static final JsonMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final String service;
    private boolean down;
    private final Map<String, Integer> refusals = new HashMap<>();
    /** The fixtures read, in order: which reads a page made. */
    final List<String> reads = new ArrayList<>();

    Upstream(String service) {
        this.service = service;
    }

    Upstream down() {
        down = true;
        return this;
    }

    Upstream refusing(String fixture, int status) {
        refusals.put(fixture, status);
        return this;
    }

    /**
     * The typed client {@code api} answered by this upstream. A proxy, not a class implementing it:
     * Quarkus would take such a class for a resource of the portal. Each read's fixture is named by
     * its path as the fixture server names it: /indicators/{code} → indicators-ECO-GRDP-GROWTH,
     * page 2 of /solutions → solutions-2.
     */
    <T> T client(Class<T> api) {
        return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, (proxy, method, args) -> {
            String fixture = method.getAnnotation(Path.class).value().substring(1);
            Parameter[] parameters = method.getParameters();
            for (int i = 0; i < parameters.length; i++) {
                PathParam path = parameters[i].getAnnotation(PathParam.class);
                QueryParam query = parameters[i].getAnnotation(QueryParam.class);
                if (path != null) {
                    fixture = fixture.replace("{" + path.value() + "}", String.valueOf(args[i]));
                } else if (query != null && query.value().equals("page")) {
                    fixture = fixture + "-" + args[i];
                }
            }
            return answer(fixture.replace('/', '-'), JSON.constructType(method.getGenericReturnType()));
        }));
    }

    private Object answer(String fixture, JavaType type) {
        reads.add(fixture);
        if (down) {
            throw new ProcessingException(new ConnectException("Connection refused"));
        }
        Integer status = refusals.get(fixture);
        if (status != null) {
            throw new WebApplicationException(status);
        }
        try (InputStream in = Upstream.class.getResourceAsStream("/upstream/" + service + "/" + fixture + ".json")) {
            if (in == null) {
                throw new WebApplicationException(404);
            }
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
