package vn.backan.congress.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body stream that fails once more than {@code max} bytes went through. It guards
 * bodies without a {@code Content-Length} (chunked), which the commons filter cannot judge up
 * front: the failure makes the proxy reset the upstream request, so the upstream never takes a
 * truncated body for a whole one, and the client gets a 413. It also tells when the client's
 * body has been read to its end ({@link #onEnd}), which is when the wait for the upstream starts.
 */
final class CappedBody implements ReadStream<Buffer> {

    /** The client's body outgrew the limit; not the upstream's fault. */
    static final class TooLargeException extends RuntimeException {
        TooLargeException(long max) {
            super("request body over " + max + " bytes", null, false, false);
        }
    }

    private final ReadStream<Buffer> source;
    private final long max;
    private long seen;
    private boolean exceeded;
    private Handler<Throwable> exceptionHandler;
    private Runnable onEnd = () -> { };

    CappedBody(ReadStream<Buffer> source, long max) {
        this.source = source;
        this.max = max;
    }

    /** Runs once the whole body has been read from the client (not when it was cut off). */
    CappedBody onEnd(Runnable action) {
        this.onEnd = action;
        return this;
    }

    boolean exceeded() {
        return exceeded;
    }

    long max() {
        return max;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            source.handler(null);
            return this;
        }
        source.handler(chunk -> {
            if (exceeded) {
                return; // already failed: the rest of the body is dropped
            }
            seen += chunk.length();
            if (seen > max) {
                exceeded = true;
                Handler<Throwable> onError = exceptionHandler;
                if (onError != null) {
                    onError.handle(new TooLargeException(max));
                }
                return;
            }
            handler.handle(chunk);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        exceptionHandler = handler;
        source.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> handler) {
        source.endHandler(handler == null ? null : v -> {
            if (!exceeded) {
                onEnd.run();
                handler.handle(v);
            }
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        source.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        source.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        source.fetch(amount);
        return this;
    }
}
