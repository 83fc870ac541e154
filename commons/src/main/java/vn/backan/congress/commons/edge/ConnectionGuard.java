package vn.backan.congress.commons.edge;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Two limits Vert.x does not have: connections per client address, and a deadline for a request's
 * headers. The idle timeout alone lets a client that sends one byte now and then hold a connection
 * for ever, and lets one address open thousands.
 */
final class ConnectionGuard {

    private final Vertx vertx;
    private final int maxPerAddress;
    private final long headerDeadlineMillis;
    private final Map<String, Integer> openByAddress = new ConcurrentHashMap<>();
    private final Map<HttpConnection, Long> headerTimers = new ConcurrentHashMap<>();

    ConnectionGuard(Vertx vertx, int maxPerAddress, Duration headerDeadline) {
        this.vertx = vertx;
        this.maxPerAddress = maxPerAddress;
        this.headerDeadlineMillis = headerDeadline.toMillis();
    }

    /** A new connection: counted, refused (closed) past the cap, given a deadline for its first headers. */
    void admit(HttpConnection connection) {
        String address = connection.remoteAddress().hostAddress();
        int open = openByAddress.merge(address, 1, Integer::sum);
        connection.closeHandler(closed -> {
            openByAddress.computeIfPresent(address, (key, count) -> count == 1 ? null : count - 1);
            cancelDeadline(connection);
        });
        if (open > maxPerAddress) {
            connection.close();
            return;
        }
        armDeadline(connection);
    }

    /** Headers complete: the deadline is met; the next one starts when this answer has been sent. */
    void headersArrived(HttpServerRequest request) {
        HttpConnection connection = request.connection();
        cancelDeadline(connection);
        request.response().endHandler(sent -> armDeadline(connection));
    }

    int openFrom(String address) {
        return openByAddress.getOrDefault(address, 0);
    }

    private void armDeadline(HttpConnection connection) {
        long timer = vertx.setTimer(headerDeadlineMillis, fired -> {
            headerTimers.remove(connection);
            connection.close();
        });
        Long previous = headerTimers.put(connection, timer);
        if (previous != null) {
            vertx.cancelTimer(previous);
        }
    }

    private void cancelDeadline(HttpConnection connection) {
        Long timer = headerTimers.remove(connection);
        if (timer != null) {
            vertx.cancelTimer(timer);
        }
    }
}
