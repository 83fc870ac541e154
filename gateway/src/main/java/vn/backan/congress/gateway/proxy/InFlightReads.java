package vn.backan.congress.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads of one keepable answer that arrive while it is being fetched from its upstream wait for that
 * fetch rather than each sending its own. When a kept answer expires, every connection's next read
 * misses at once: under load that made some fifty fetches a second of one answer instead of two,
 * a tenth of the gateway's CPU on kept reads. A read joins only a fetch that began with no write
 * forgotten after its own ticket was taken (a generation as recent as its own), so what it is served
 * is never older than what the cache could have served it.
 */
final class InFlightReads {

    /** One fetch under way: the ticket of the read that sends it, and the answer its waiters get. */
    static final class Fetch {

        private final PublicReadCache.Ticket leader;
        private final Promise<PublicReadCache.Kept> answer = Promise.promise();

        private Fetch(PublicReadCache.Ticket leader) {
            this.leader = leader;
        }

        /** Whether the read holding {@code ticket} is the one to send this fetch (else it waits). */
        boolean ledBy(PublicReadCache.Ticket ticket) {
            return leader == ticket;
        }

        /** The kept answer, or null when the exchange ended without one to keep (the waiters then go themselves). */
        Future<PublicReadCache.Kept> answer() {
            return answer.future();
        }
    }

    private final Map<String, Fetch> fetches = new ConcurrentHashMap<>();

    /** The fetch under way for this read's answer, or a new one this read leads (see {@link Fetch#ledBy}). */
    Fetch join(PublicReadCache.Ticket ticket) {
        return fetches.compute(ticket.key(), (key, running) -> running != null
                && running.leader.generation() >= ticket.generation() ? running : new Fetch(ticket));
    }

    /** The leader's exchange gave an answer to keep, or ended without one (null): its waiters go on. */
    void finish(Fetch fetch, PublicReadCache.Kept answer) {
        fetches.remove(fetch.leader.key(), fetch);
        fetch.answer.tryComplete(answer);
    }
}
