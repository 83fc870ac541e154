package vn.backan.congress.gateway.edge;

import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import vn.backan.congress.commons.problem.Problem;
import vn.backan.congress.commons.problem.Problems;
import vn.backan.congress.commons.web.RequestIds;

/**
 * Answers for requests the HTTP decoder could not read, or whose target is not a URI. Vert.x's
 * own answer is an empty 414/431/400, or no answer at all; these are problem+json and end the
 * connection, since the bytes after a request that could not be read cannot be trusted either.
 */
final class CodecProblems {

    private CodecProblems() {
    }

    static void undecodable(HttpServerRequest request) {
        Throwable cause = request.decoderResult().cause();
        if (cause instanceof TooLongHttpLineException) {
            send(request, Problems.of(414, "The request line is longer than this server reads."));
        } else if (cause instanceof TooLongHttpHeaderException) {
            send(request, Problems.of(431, "The request headers are larger than this server reads."));
        } else {
            send(request, Problems.of(400, "The request is not valid HTTP/1.1 (request line or headers)."));
        }
    }

    static void unknownVersion(HttpServerRequest request) {
        send(request, Problems.of(505, "Only HTTP/1.0 and HTTP/1.1 are spoken here."));
    }

    static void notAUri(HttpServerRequest request) {
        send(request, Problems.of(400, "The request target is not a valid URI; reserved and"
                + " non-ASCII characters must be percent-encoded."));
    }

    private static void send(HttpServerRequest request, Problem problem) {
        String requestId = RequestIds.acceptOrCreate(request.getHeader(RequestIds.HEADER));
        request.response()
                .setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader(RequestIds.HEADER, requestId)
                .putHeader("Connection", "close")
                .end(Json.encode(problem.withContext(null, requestId)))
                .onComplete(done -> request.connection().close());
    }
}
