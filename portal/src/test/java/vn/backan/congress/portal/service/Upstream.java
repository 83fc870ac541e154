package vn.backan.congress.portal.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.HashMap;
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

    <T> T answer(String fixture, Class<T> type) {
        return answer(fixture, JSON.constructType(type));
    }

    <T> List<T> answerList(String fixture, Class<T> type) {
        return answer(fixture, JSON.getTypeFactory().constructCollectionType(List.class, type));
    }

    private <T> T answer(String fixture, JavaType type) {
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
