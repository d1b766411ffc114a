import { Writable } from 'node:stream';
import { createLogger, startTracing, tracer } from '@ejournal/kit';
import * as winston from 'winston';

describe('log lines', () => {
  const tracing = startTracing('test');
  afterAll(() => tracing.shutdown());

  function capture(service: string) {
    const lines: Array<Record<string, unknown>> = [];
    const logger = createLogger(service);
    logger.clear().add(new winston.transports.Stream({ stream: new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(String(chunk))), done()) }) }));
    return { logger, lines };
  }

  it('are JSON with the service, level, time, and the active trace and span ids', () => {
    const { logger, lines } = capture('gradebook');
    tracer().startActiveSpan('op', (span) => {
      logger.info('mark set', { lessonId: 'l-1', count: 3 });
      span.end();
    });
    const [line] = lines;
    expect(line).toMatchObject({ service: 'gradebook', level: 'info', message: 'mark set', lessonId: 'l-1', count: 3, timestamp: expect.any(String) });
    expect(line.trace_id).toMatch(/^[0-9a-f]{32}$/);
    expect(line.span_id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('carry no trace ids outside a span', () => {
    const { logger, lines } = capture('gradebook');
    logger.warn('no span here');
    expect(lines[0].trace_id).toBeUndefined();
  });
});
