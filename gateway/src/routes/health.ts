import { SERVICE_NAMES } from '@ejournal/contracts';
import { Router } from 'express';
import type { Upstream } from '../upstream';

/**
 * /healthz: the gateway and each service's gRPC health (200 when all are SERVING, else 503).
 * /readyz: the gateway itself takes requests: it knows the revoked accounts and is not stopping
 * (for its own readiness and liveness probes).
 */
export function healthRoutes(upstream: Upstream, isReady: () => boolean): Router {
  const router = Router();

  router.get('/healthz', async (_req, res) => {
    const statuses = await Promise.all(SERVICE_NAMES.map(async (name) => [name, await upstream.health[name].check()] as const));
    const services = Object.fromEntries(statuses);
    const healthy = statuses.every(([, status]) => status === 'SERVING');
    res.status(healthy ? 200 : 503).json({ status: healthy ? 'ok' : 'degraded', services });
  });

  router.get('/readyz', (_req, res) => {
    res.status(isReady() ? 200 : 503).json({ status: isReady() ? 'ready' : 'not ready' });
  });

  return router;
}
