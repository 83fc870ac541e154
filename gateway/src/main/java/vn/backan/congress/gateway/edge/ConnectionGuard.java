package vn.backan.congress.gateway.edge;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Two limits Vert.x does not have: connections per client address, and a deadline for a request's
 * headers. The idle timeout alone lets a client that sends one byte now and then hold a connection
 * for ever, and lets one address open thousands. The deadline runs from the connection's opening
 * and from the end of each answer; a periodic sweep checks it, because the response's one end
 * handler belongs to the application (Vert.x Web takes it). Behind a cluster's Ingress, which holds
 * both limits itself, neither applies (a cap of 0, a deadline of 0): the one peer is the Ingress,
 * and its pooled connections wait between requests as long as the idle timeout lets them.
 */
final class ConnectionGuard {

    /** What one connection is doing: waiting for headers until {@code deadline}, or answering {@code answering}. */
    private static final class Waiting {
        volatile long deadline;
        volatile HttpServerResponse answering;
    }

    private final Vertx vertx;
    private final int maxPerAddress;
    private final long headerDeadlineMillis;
    private final Map<String, Integer> openByAddress = new ConcurrentHashMap<>();
    private final Map<HttpConnection, Waiting> connections = new ConcurrentHashMap<>();
    private long sweeper = -1;

    ConnectionGuard(Vertx vertx, int maxPerAddress, Duration headerDeadline) {
        this.vertx = vertx;
        this.maxPerAddress = maxPerAddress;
        this.headerDeadlineMillis = headerDeadline.toMillis();
    }

    void start() {
        if (headerDeadlineMillis <= 0) {
            return;
        }
        sweeper = vertx.setPeriodic(Math.max(50, Math.min(250, headerDeadlineMillis / 4)), tick -> sweep());
    }

    void stop() {
        if (sweeper >= 0) {
            vertx.cancelTimer(sweeper);
        }
    }

    /** A new connection: counted, refused (closed) past the cap, given a deadline for its first headers. */
    void admit(HttpConnection connection) {
        String address = connection.remoteAddress().hostAddress();
        int open = openByAddress.merge(address, 1, Integer::sum);
        connection.closeHandler(closed -> {
            openByAddress.computeIfPresent(address, (key, count) -> count == 1 ? null : count - 1);
            connections.remove(connection);
        });
        if (maxPerAddress > 0 && open > maxPerAddress) {
            connection.close();
            return;
        }
        if (headerDeadlineMillis <= 0) {
            return;
        }
        Waiting waiting = new Waiting();
        waiting.deadline = System.currentTimeMillis() + headerDeadlineMillis;
        connections.put(connection, waiting);
    }

    /** Headers complete: no deadline while the answer is made; the next starts when it has been sent. */
    void headersArrived(HttpServerRequest request) {
        Waiting waiting = connections.get(request.connection());
        if (waiting != null) {
            waiting.answering = request.response();
            waiting.deadline = 0;
        }
    }

    int openFrom(String address) {
        return openByAddress.getOrDefault(address, 0);
    }

    private void sweep() {
        long now = System.currentTimeMillis();
        connections.forEach((connection, waiting) -> {
            HttpServerResponse answering = waiting.answering;
            if (answering != null && answering.ended()) {
                waiting.answering = null;
                waiting.deadline = now + headerDeadlineMillis;
            } else if (answering == null && waiting.deadline != 0 && now > waiting.deadline) {
                connections.remove(connection);
                connection.close();
            }
        });
    }
}
