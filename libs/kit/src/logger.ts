import { trace } from '@opentelemetry/api';
import * as winston from 'winston';

export type Logger = winston.Logger;

/** Adds the active trace and span ids to every line. */
const traceIds = winston.format((info) => {
  const span = trace.getActiveSpan();
  if (span) {
    const { traceId, spanId } = span.spanContext();
    info.trace_id = traceId;
    info.span_id = spanId;
  }
  return info;
});

/**
 * JSON lines with service, level, time, trace id and span id. Log ids, never names, contacts,
 * passwords or tokens: personal data lives only in the identity service's database.
 */
export function createLogger(service: string, level = 'info'): Logger {
  return winston.createLogger({
    level,
    defaultMeta: { service },
    format: winston.format.combine(traceIds(), winston.format.timestamp(), winston.format.errors({ stack: true }), winston.format.json()),
    transports: [new winston.transports.Console()],
  });
}
