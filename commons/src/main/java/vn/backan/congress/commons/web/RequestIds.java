package vn.backan.congress.commons.web;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The request id convention: {@code X-Request-Id} is taken from the caller when it is a sane token,
 * otherwise a new one is made, so a client cannot inject log lines or huge headers through it.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** Key under which the id is kept in the MDC (log format {@code %X{requestId}}) and the routing context. */
    public static final String KEY = "requestId";

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

    private RequestIds() {
    }

    public static String acceptOrCreate(String fromClient) {
        if (fromClient != null && SAFE.matcher(fromClient).matches()) {
            return fromClient;
        }
        return UUID.randomUUID().toString();
    }
}
