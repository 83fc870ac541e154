package vn.backan.congress.commons.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/** The W3C trace id of the request being answered, as it appears in the logs (MDC {@code traceId}). */
public final class TraceIds {

    private TraceIds() {
    }

    /** The current trace's id, or null outside a request (a codec error before any span began). */
    public static String current() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid() ? span.getTraceId() : null;
    }
}
