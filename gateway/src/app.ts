import type { Logger } from '@ejournal/kit';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { authenticate, type TokenVerification } from './authenticate';
import { openApiDocument } from './openapi';
import { Problem, problemHandler } from './problem';
import { requestContext } from './request-context';
import { healthRoutes } from './routes/health';
import { schoolRoutes } from './routes/schools';
import type { Upstream } from './upstream';

export interface GatewayDependencies {
  upstream: Upstream;
  logger: Logger;
  tokens: TokenVerification;
  isShuttingDown: () => boolean;
}

export async function createApp({ upstream, logger, tokens, isShuttingDown }: GatewayDependencies): Promise<Express> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  app.use(requestContext());
  app.use(helmet());
  app.use(express.json({ limit: '256kb' }));

  // Public: health, readiness and the API description.
  app.use(healthRoutes(upstream, isShuttingDown));
  app.get('/api/openapi.json', (_req, res) => void res.json(openApiDocument));

  // Everything else: authenticated.
  app.use(await authenticate(tokens));
  app.use('/api/v1/schools', schoolRoutes(upstream));

  app.use(() => {
    throw new Problem(404, 'not-found', 'Не найдено', 'такого ресурса нет');
  });
  app.use(problemHandler((error, requestId) => logger.error('request failed', { requestId, error })));
  return app;
}
