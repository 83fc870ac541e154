package vn.backan.congress.gateway.proxy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import vn.backan.congress.commons.etag.ConditionalReads;
import vn.backan.congress.gateway.config.GatewayConfig;

/**
 * Public answers kept at the gateway ({@code gateway.read-cache}), so a read the services already
 * answered is served without a second hop. Only a GET or HEAD without a token, answered 200 with
 * {@code Cache-Control: public}, is kept, per URI, {@code Accept} and whether gzip is accepted.
 * A write forwarded to a service forgets that service's answers before the write is answered, and
 * an answer read before that write is never kept after it: the next read through this gateway
 * shows the write. The ttl bounds how long a write through another gateway replica goes unseen.
 */
@ApplicationScoped
public class PublicReadCache {

    /**
     * One answer as the gateway forwards it: the upstream's headers (after the gateway's edits) and
     * body, with its validators read once, here, rather than at every answer.
     */
    record Kept(String upstream, MultiMap headers, Buffer body, String etag, Instant lastModified) {

        /** A copy of the headers without the framing ones, which the gateway sets for its own answer. */
        static Kept of(String upstream, MultiMap headers, Buffer body) {
            MultiMap copy = MultiMap.caseInsensitiveMultiMap().addAll(headers);
            copy.remove(HttpHeaders.CONTENT_LENGTH).remove(HttpHeaders.TRANSFER_ENCODING);
            return new Kept(upstream, copy, body, copy.get(HttpHeaders.ETAG),
                    ConditionalReads.parseHttpDate(copy.get(HttpHeaders.LAST_MODIFIED)));
        }
    }

    /** A read that may be answered from the cache, or whose answer may be kept: taken when it arrives. */
    record Ticket(String key, String upstream, long generation) {
    }

    private final Cache<String, Kept> kept;
    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();
    private final InFlightReads inFlight = new InFlightReads();
    private final boolean enabled;
    private final int maxEntryBytes;

    @Inject
    PublicReadCache(GatewayConfig config) {
        GatewayConfig.ReadCache settings = config.readCache();
        enabled = settings.enabled();
        maxEntryBytes = settings.maxEntryBytes();
        kept = Caffeine.newBuilder().expireAfterWrite(settings.ttl()).maximumWeight(settings.maxBytes())
                .weigher((String key, Kept k) -> key.length() * 2 + k.body().length() + 512).build();
    }

    /** Null when this request is not one the cache may answer (a write, a token, the cache off). */
    Ticket ticket(HttpServerRequest request, String upstream) {
        HttpMethod method = request.method();
        if (!enabled || !(method == HttpMethod.GET || method == HttpMethod.HEAD)
                || request.headers().contains(HttpHeaders.AUTHORIZATION)) {
            return null;
        }
        String key = upstream + '\n' + request.uri() + '\n' + request.getHeader(HttpHeaders.ACCEPT) + '\n'
                + ConditionalReads.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        return new Ticket(key, upstream, generation(upstream).get());
    }

    Kept get(Ticket ticket) {
        return kept.getIfPresent(ticket.key());
    }

    /** The fetches of answers to keep now under way, which reads of the same answer wait for. */
    InFlightReads inFlight() {
        return inFlight;
    }

    /** Whether an upstream answer may be kept, judged from its headers before its body is read. */
    boolean mayKeep(int status, MultiMap headers) {
        String length = headers.get(HttpHeaders.CONTENT_LENGTH);
        return status == 200 && length != null && length.matches("\\d{1,9}") && Integer.parseInt(length) <= maxEntryBytes
                && String.valueOf(headers.get(HttpHeaders.CACHE_CONTROL)).contains("public")
                && !headers.contains("Set-Cookie");
    }

    /**
     * Keeps an answer {@link #mayKeep} allowed, unless a write to its service was forwarded since
     * the request arrived: checked and stored under the same lock as {@link #forget}, so an answer
     * read before a write is never stored after the write forgot. Returned either way, to be served.
     */
    synchronized Kept keep(Ticket ticket, MultiMap headers, Buffer body) {
        Kept answer = Kept.of(ticket.upstream(), headers, body);
        if (generation(ticket.upstream()).get() == ticket.generation()) {
            kept.put(ticket.key(), answer);
        }
        return answer;
    }

    /** A write to {@code upstream} is about to be answered: what it answered before may be old now. */
    synchronized void forget(String upstream) {
        generation(upstream).incrementAndGet();
        kept.asMap().values().removeIf(k -> k.upstream().equals(upstream));
    }

    /** Answers from a kept answer: 304 when the client's validators match, headers only for HEAD. */
    static void serve(RoutingContext ctx, Kept answer, ResponseCompression compression) {
        HttpServerResponse out = ctx.response();
        if (compression.mayCompress(answer.headers())) {
            out.headers().remove(HttpHeaders.CONTENT_ENCODING); // Quarkus's "leave alone" marker
        }
        out.headers().addAll(answer.headers());
        HttpServerRequest request = ctx.request();
        if (ConditionalReads.notModified(request.getHeader(HttpHeaders.IF_NONE_MATCH),
                request.getHeader(HttpHeaders.IF_MODIFIED_SINCE), answer.etag(), answer.lastModified())) {
            out.headers().remove(HttpHeaders.CONTENT_TYPE).remove(HttpHeaders.CONTENT_ENCODING);
            out.setStatusCode(304).end();
            return;
        }
        out.setStatusCode(200).end(answer.body());
    }

    private AtomicLong generation(String upstream) {
        return generations.computeIfAbsent(upstream, u -> new AtomicLong());
    }
}
