package vn.backan.congress.commons.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;
import jakarta.inject.Singleton;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Records the traces of requests, a ratio of them chosen by trace id alone (as {@code traceidratio}
 * does), so every service decides the same for one trace and a caller's sampled flag cannot make
 * the cluster record its requests. Work no request started (the dataset-version poll, the
 * gateway's health checks of its upstreams) and requests to {@code /q/} (probes, metrics) are never
 * recorded: they would be most of the spans and tell nothing. Their trace ids still go into the logs.
 */
@Singleton
public class RequestSampler implements Sampler {

    private static final AttributeKey<String> URL_PATH = AttributeKey.stringKey("url.path");

    private final Sampler ratio;

    RequestSampler(@ConfigProperty(name = "quarkus.otel.traces.sampler.arg", defaultValue = "0") double ratio) {
        this.ratio = Sampler.traceIdRatioBased(ratio);
    }

    @Override
    public SamplingResult shouldSample(Context parent, String traceId, String name, SpanKind kind,
            Attributes attributes, List<LinkData> links) {
        SpanContext parentSpan = Span.fromContext(parent).getSpanContext();
        if (parentSpan.isValid() && !parentSpan.isRemote()) {
            // Inside this process the decision was made once, by the span that began the work.
            return parentSpan.isSampled() ? SamplingResult.recordAndSample() : SamplingResult.drop();
        }
        if (!parentSpan.isValid() && kind != SpanKind.SERVER || isManagement(attributes.get(URL_PATH))) {
            return SamplingResult.drop();
        }
        return ratio.shouldSample(parent, traceId, name, kind, attributes, links);
    }

    private static boolean isManagement(String path) {
        return path != null && (path.equals("/q") || path.startsWith("/q/"));
    }

    @Override
    public String getDescription() {
        return "RequestSampler{" + ratio.getDescription() + "}";
    }
}
