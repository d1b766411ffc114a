import { context, propagation, trace, type Context, type Tracer } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import type { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

export interface Tracing {
  shutdown(): Promise<void>;
}

/**
 * The one place the OpenTelemetry SDK is set up. Spans are always created and W3C trace context is
 * always propagated (so logs carry trace ids and traces cross processes); they are exported over
 * OTLP/HTTP only when an endpoint is configured (OTEL_EXPORTER_OTLP_ENDPOINT), otherwise not at all.
 */
export function startTracing(service: string, otlpEndpoint?: string): Tracing {
  const spanProcessors: SpanProcessor[] = otlpEndpoint ? [new BatchSpanProcessor(otlpExporter(`${otlpEndpoint.replace(/\/$/, '')}/v1/traces`), { scheduledDelayMillis: 200 })] : [];
  const provider = new NodeTracerProvider({ resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: service }), spanProcessors });
  provider.register({ propagator: new W3CTraceContextPropagator() });
  return { shutdown: () => provider.shutdown() };
}

/**
 * The OTLP/HTTP exporter, loaded only when an endpoint is configured: its ≈ 230 modules (the OTLP
 * transformer pulls in the metrics and logs SDKs) are ≈ 8 MB of resident memory in every process.
 */
function otlpExporter(url: string): OTLPTraceExporter {
  const exporter = require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  return new exporter.OTLPTraceExporter({ url });
}

export function tracer(): Tracer {
  return trace.getTracer('ejournal');
}

/** W3C trace context of the active span, as carried in metadata, headers and stored pending events. */
export function currentTraceContext(): { traceparent: string; tracestate: string } {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return { traceparent: carrier.traceparent ?? '', tracestate: carrier.tracestate ?? '' };
}

/** The context a traceparent/tracestate pair describes (the active one when empty). */
export function contextFromTraceparent(traceparent?: string, tracestate?: string): Context {
  if (!traceparent) return context.active();
  const carrier: Record<string, string> = { traceparent };
  if (tracestate) carrier.tracestate = tracestate;
  return propagation.extract(context.active(), carrier);
}
