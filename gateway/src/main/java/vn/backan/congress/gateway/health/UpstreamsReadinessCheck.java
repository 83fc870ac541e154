package vn.backan.congress.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import vn.backan.congress.gateway.config.GatewayConfig;
import vn.backan.congress.gateway.proxy.Upstream;
import vn.backan.congress.gateway.proxy.Upstreams;

/**
 * Reports each upstream's readiness by name. The gateway itself is ready as long as at least
 * one upstream answers: one failed service must not take the whole public API out of the load
 * balancer, whose clients then get a 502 problem for that service's paths only.
 * Probes run concurrently on the event loop, each bounded by {@code gateway.health.timeout}.
 */
@Readiness
@ApplicationScoped
public class UpstreamsReadinessCheck implements AsyncHealthCheck {

    static final String NAME = "upstreams";

    private final Upstreams upstreams;
    private final GatewayConfig config;

    UpstreamsReadinessCheck(Upstreams upstreams, GatewayConfig config) {
        this.upstreams = upstreams;
        this.config = config;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Upstream> all = new ArrayList<>(upstreams.all());
        List<Future<Boolean>> probes = all.stream().map(this::probe).toList();
        Future<HealthCheckResponse> result = Future.join(probes).transform(ignored -> {
            HealthCheckResponseBuilder builder = HealthCheckResponse.named(NAME);
            int up = 0;
            for (int i = 0; i < all.size(); i++) {
                boolean isUp = Boolean.TRUE.equals(probes.get(i).result());
                up += isUp ? 1 : 0;
                builder.withData(all.get(i).name(), isUp ? "UP" : "DOWN");
            }
            builder.withData("up", up).withData("total", all.size());
            return Future.succeededFuture(builder.status(up > 0 || all.isEmpty()).build());
        });
        return Uni.createFrom().completionStage(result.toCompletionStage());
    }

    /** UP when the upstream's own readiness answers 200 in time; any failure or other status is DOWN. */
    private Future<Boolean> probe(Upstream upstream) {
        long timeout = config.health().timeout().toMillis();
        return upstream.client()
                .request(upstream.requestOptions()
                        .setMethod(HttpMethod.GET)
                        .setPort(upstream.config().managementPort())
                        .setURI(upstream.config().healthPath())
                        .setConnectTimeout(timeout)
                        .setIdleTimeout(timeout))
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> response.statusCode() == 200))
                .otherwise(false);
    }
}
