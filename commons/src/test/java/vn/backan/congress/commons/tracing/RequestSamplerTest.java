package vn.backan.congress.commons.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.samplers.SamplingDecision;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestSamplerTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final Attributes API = Attributes.of(io.opentelemetry.api.common.AttributeKey.stringKey("url.path"),
            "/api/v1/indicators");
    private static final Attributes PROBE = Attributes.of(io.opentelemetry.api.common.AttributeKey.stringKey("url.path"),
            "/q/health/ready");

    @Test
    void everyRequestAtRatioOneAndNoneAtZero() {
        assertEquals(SamplingDecision.RECORD_AND_SAMPLE, decide(1.0, Context.root(), SpanKind.SERVER, API));
        assertEquals(SamplingDecision.DROP, decide(0.0, Context.root(), SpanKind.SERVER, API));
    }

    @Test
    void theCallersFlagDecidesNothing() {
        assertEquals(SamplingDecision.DROP, decide(0.0, remote(TraceFlags.getSampled()), SpanKind.SERVER, API));
        assertEquals(SamplingDecision.RECORD_AND_SAMPLE, decide(1.0, remote(TraceFlags.getDefault()), SpanKind.SERVER, API));
    }

    @Test
    void workNoRequestBeganAndProbesAreNotRecorded() {
        assertEquals(SamplingDecision.DROP, decide(1.0, Context.root(), SpanKind.CLIENT, Attributes.empty()));
        assertEquals(SamplingDecision.DROP, decide(1.0, Context.root(), SpanKind.INTERNAL, Attributes.empty()));
        assertEquals(SamplingDecision.DROP, decide(1.0, Context.root(), SpanKind.SERVER, PROBE));
    }

    @Test
    void aSpanInsideAProcessFollowsTheSpanThatBeganTheWork() {
        assertEquals(SamplingDecision.DROP, decide(1.0, local(TraceFlags.getDefault()), SpanKind.CLIENT, API));
        assertEquals(SamplingDecision.RECORD_AND_SAMPLE, decide(0.0, local(TraceFlags.getSampled()), SpanKind.CLIENT, API));
    }

    private static SamplingDecision decide(double ratio, Context parent, SpanKind kind, Attributes attributes) {
        return new RequestSampler(ratio).shouldSample(parent, TRACE, "span", kind, attributes, List.of()).getDecision();
    }

    private static Context remote(TraceFlags flags) {
        return Context.root().with(Span.wrap(SpanContext.createFromRemoteParent(TRACE, "00f067aa0ba902b7", flags,
                TraceState.getDefault())));
    }

    private static Context local(TraceFlags flags) {
        return Context.root().with(Span.wrap(SpanContext.create(TRACE, "00f067aa0ba902b7", flags, TraceState.getDefault())));
    }
}
