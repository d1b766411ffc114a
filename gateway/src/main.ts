import type { Server } from 'node:http';
import { createLogger, onShutdown, readConfigOrExit, runService, startTracing } from '@ejournal/kit';
import { createApp } from './app';
import { gatewayEnvironment, type GatewayConfig } from './config';
import { Upstream } from './upstream';

// The API gateway: authenticates every request, forwards it to the services over gRPC with the
// caller's identity, and answers errors as RFC 9457 problem documents.
runService('gateway', async () => {
  const config = readConfigOrExit(gatewayEnvironment, 'gateway') as GatewayConfig;
  const logger = createLogger('gateway', config.LOG_LEVEL);
  const tracing = startTracing('gateway', config.OTEL_EXPORTER_OTLP_ENDPOINT);
  const upstream = new Upstream(config);
  let shuttingDown = false;
  const app = await createApp({
    upstream,
    logger,
    tokens: { publicKeyPem: config.AUTH_TOKEN_PUBLIC_KEY, issuer: config.AUTH_TOKEN_ISSUER, audience: config.AUTH_TOKEN_AUDIENCE },
    isShuttingDown: () => shuttingDown,
  });
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(config.PORT, () => resolve(listening));
  });
  onShutdown(logger, [
    ['http', () => {
      shuttingDown = true;
      return new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), config.SHUTDOWN_GRACE_MS);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      });
    }],
    ['upstream', async () => upstream.close()],
    ['tracing', () => tracing.shutdown()],
  ]);
  logger.info('gateway started', { port: config.PORT });
});
