package vn.backan.congress.gateway.openapi;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import vn.backan.congress.gateway.config.GatewayConfig;

/**
 * The one contract: the gateway's own document merged with what each service publishes at
 * {@code /q/openapi}, fetched at run time so it can never lag behind a deployed service. Each
 * service is asked at most once per {@code gateway.openapi.refresh} ({@link RefreshedDocuments}); its last
 * good document is served meanwhile, and a service that has never answered is listed under
 * {@code info.x-missing-services} instead of disappearing silently.
 */
@ApplicationScoped
public class MergedContract {

    /** The merged document and the services it lacks (empty when complete). */
    public record Contract(JsonObject document, List<String> missing) {
    }

    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(3);

    @Inject
    GatewayConfig config;

    @Inject
    UpstreamReader reader;

    private final JsonObject base = load("openapi/gateway-openapi.json");
    private RefreshedDocuments documents;

    @PostConstruct
    void init() {
        documents = new RefreshedDocuments(service -> reader.json(service, "/q/openapi?format=json", FETCH_TIMEOUT),
                config.openapi().refresh(), System::currentTimeMillis);
    }

    /** Forgets the services' documents and failures, so the next request asks them again (operators and tests). */
    public void clearCache() {
        documents.clear();
    }

    public Future<Contract> current() {
        List<String> services = config.upstreams().entrySet().stream().filter(e -> e.getValue().publishesApi())
                .map(Map.Entry::getKey).sorted().toList();
        List<Future<JsonObject>> fetches = services.stream().map(documents::get).toList();
        return Future.join(new ArrayList<>(fetches)).transform(ignored -> {
            List<OpenApiMerger.Source> sources = new ArrayList<>();
            JsonArray missing = new JsonArray();
            for (int i = 0; i < services.size(); i++) {
                Future<JsonObject> f = fetches.get(i);
                if (f.succeeded()) {
                    sources.add(new OpenApiMerger.Source(services.get(i), f.result(), routedTo(services.get(i))));
                } else {
                    missing.add(new JsonObject().put("service", services.get(i)).put("reason", f.cause().getMessage()));
                }
            }
            JsonObject merged = OpenApiMerger.merge(base, sources);
            GatewayResponses.addTo(merged);
            if (!missing.isEmpty()) {
                merged.getJsonObject("info").put("x-missing-services", missing);
            }
            List<String> names = missing.stream().map(o -> ((JsonObject) o).getString("service")).toList();
            return Future.succeededFuture(new Contract(merged, names));
        });
    }

    /** The public paths the gateway sends to this service: its routes' prefixes (none strips a prefix now). */
    private Predicate<String> routedTo(String service) {
        List<String> prefixes = config.routes().values().stream()
                .filter(r -> r.upstream().equals(service) && r.stripPrefix().isEmpty())
                .flatMap(r -> r.prefixes().stream()).toList();
        return path -> prefixes.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }

    private static JsonObject load(String resource) {
        try (InputStream in = MergedContract.class.getClassLoader().getResourceAsStream(resource)) {
            return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
