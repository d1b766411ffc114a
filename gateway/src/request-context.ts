import { randomUUID } from 'node:crypto';
import { SpanKind, context, propagation, trace } from '@opentelemetry/api';
import { tracer } from '@ejournal/kit';
import type { RequestHandler } from 'express';

/** A request id (X-Request-Id, kept when the client sent a sane one) and a server span per request. */
export function requestContext(): RequestHandler {
  return (req, res, next) => {
    const given = req.get('x-request-id');
    const requestId = given && /^[A-Za-z0-9._-]{8,64}$/.test(given) ? given : randomUUID();
    res.locals.requestId = requestId;
    res.set('X-Request-Id', requestId);
    const parent = propagation.extract(context.active(), req.headers);
    // Named by the route's pattern (/students/:studentId/…), never by the path itself: ids of people
    // stay out of span names; a request no route took is named by its method alone.
    const span = tracer().startSpan(req.method, { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method } }, parent);
    res.on('finish', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (req.route?.path) span.updateName(`${req.method} ${req.baseUrl}${req.route.path === '/' ? '' : req.route.path}`);
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  };
}
