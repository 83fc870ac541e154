package vn.backan.congress.gateway.openapi;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.backan.congress.commons.etag.ConditionalReads;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import vn.backan.congress.gateway.config.GatewayConfig;

/**
 * Reads JSON documents from the upstreams for the gateway's own composed answers (the merged
 * contract, the overview). A client of its own, apart from the proxy's pools, so composing
 * never takes a connection a proxied request is waiting for.
 */
@ApplicationScoped
public class UpstreamReader {

    /** What an upstream answered that was not a JSON 200; the message says what, for the caller's "why". */
    public static class UnreadableUpstream extends RuntimeException {
        public UnreadableUpstream(String message) {
            super(message, null, false, false);
        }
    }

    @Inject
    GatewayConfig config;

    private HttpClient client;

    @Inject
    void init(Vertx vertx) {
        // Bounded: with an unbounded queue, reads of a hanging upstream piled up behind its pool and
        // every later read of it (the overview's included) waited without limit.
        client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(1000).setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(8).setMaxWaitQueueSize(config.upstreamReader().maxWaitQueueSize()));
    }

    /** A document with the ETag it came with (null when the upstream sent none). */
    public record Tagged(JsonObject document, String etag) {
    }

    public Future<JsonObject> json(String upstream, String pathAndQuery, Duration timeout) {
        return revalidate(upstream, pathAndQuery, timeout, null).map(Tagged::document);
    }

    /**
     * The document again, asked with {@code If-None-Match} when {@code known} has a tag: a 304 gives
     * {@code known} back, so an unchanged document costs the upstream no rendering and no bytes.
     */
    public Future<Tagged> revalidate(String upstream, String pathAndQuery, Duration timeout, Tagged known) {
        TaggedBytes knownBytes = known == null ? null : new TaggedBytes(null, known.etag());
        return revalidateBytes(upstream, pathAndQuery, "application/json", timeout, knownBytes)
                .map(got -> got == knownBytes ? known : new Tagged(new JsonObject(got.body()), got.etag()));
    }

    /** An answer's bytes with the ETag they came with (null when the upstream sent none). */
    public record TaggedBytes(Buffer body, String etag) {
    }

    /** Any representation, revalidated like {@link #revalidate}: a 304 gives {@code known} back. */
    public Future<TaggedBytes> revalidateBytes(String upstream, String pathAndQuery, String accept, Duration timeout,
            TaggedBytes known) {
        URI base = config.upstreams().get(upstream).url();
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(base.getHost())
                .setPort(base.getPort()).setURI(pathAndQuery).setIdleTimeout(timeout.toMillis())
                // Covers the wait in the pool's queue too, which the TCP connect timeout does not.
                .setConnectTimeout(Math.min(config.upstreamReader().connectionWait().toMillis(), timeout.toMillis()))
                .putHeader("Accept", accept);
        if (known != null && known.etag() != null) {
            options.putHeader("If-None-Match", known.etag());
        }
        return client.request(options).compose(request -> request.send()).compose(response -> {
            if (response.statusCode() == 304 && known != null && known.etag() != null) {
                return response.body().map(ignored -> known);
            }
            if (response.statusCode() != 200) {
                return response.body().compose(ignored -> Future.failedFuture(
                        new UnreadableUpstream(upstream + " answered " + response.statusCode() + " for " + pathAndQuery)));
            }
            String etag = response.getHeader("ETag");
            return response.body().map(body -> new TaggedBytes(body, etag));
        });
    }

    /** When a read last changed: the Last-Modified of a HEAD, empty when the service sends none. */
    public Future<Optional<Instant>> lastModified(String upstream, String path, Duration timeout) {
        URI base = config.upstreams().get(upstream).url();
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.HEAD).setHost(base.getHost())
                .setPort(base.getPort()).setURI(path).setIdleTimeout(timeout.toMillis())
                .setConnectTimeout(Math.min(config.upstreamReader().connectionWait().toMillis(), timeout.toMillis()))
                .putHeader("Accept", "application/json");
        return client.request(options).compose(HttpClientRequest::send).compose(response -> response.body()
                .map(ignored -> response.statusCode() == 200
                        ? Optional.ofNullable(ConditionalReads.parseHttpDate(response.getHeader("Last-Modified")))
                        : Optional.<Instant>empty()));
    }

    void close(@Observes ShutdownEvent event) {
        if (client != null) {
            client.close();
        }
    }
}
