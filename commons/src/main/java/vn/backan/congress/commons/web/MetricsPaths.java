package vn.backan.congress.commons.web;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * What Quarkus' HTTP metrics tag a request with instead of its raw path. Without a template the
 * raw path becomes the tag, so answers given by filters before any route (a 413, a CORS
 * preflight) would let clients mint a time series per invented path.
 */
public final class MetricsPaths {

    /** The request-local key Quarkus' micrometer binder reads the template from. */
    private static final String URL_PATH_TEMPLATE = "UrlPathTemplate";

    private MetricsPaths() {
    }

    /** The template the current request is tagged with (by Quarkus REST or {@link #name}), or null. */
    public static String current() {
        Context context = Vertx.currentContext();
        Object template = context == null ? null : context.getLocal(URL_PATH_TEMPLATE);
        return template == null ? null : template.toString();
    }

    /** Tags the current request with {@code template}; call it on the request's own context. */
    public static void name(String template) {
        Context context = Vertx.currentContext();
        if (context != null) {
            context.putLocal(URL_PATH_TEMPLATE, template);
        }
    }
}
