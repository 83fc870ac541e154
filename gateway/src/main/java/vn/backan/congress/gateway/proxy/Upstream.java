package vn.backan.congress.gateway.proxy;

import io.vertx.core.http.HttpClient;
import io.vertx.core.http.RequestOptions;
import vn.backan.congress.gateway.config.GatewayConfig;

/** One upstream service as the proxy uses it: where it is, its own client and breaker, and its limits. */
public record Upstream(String name, String host, int port, boolean ssl, HttpClient client,
        UpstreamGuard guard, GatewayConfig.Upstream config) {

    /** Options for one request to this upstream; the idle timeout bounds the wait for its answer. */
    public RequestOptions requestOptions() {
        return new RequestOptions()
                .setHost(host)
                .setPort(port)
                .setSsl(ssl)
                .setIdleTimeout(config.requestTimeout().toMillis());
    }
}
