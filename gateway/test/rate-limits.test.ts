import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { testCredentialsRoot } from '@ejournal/testing';
import { createLogger, readConfig } from '@ejournal/kit';
import { AccessTokenVerifier } from '../src/access-tokens';
import { createApp } from '../src/app';
import { gatewayEnvironment, type GatewayConfig } from '../src/config';
import { RevocationList } from '../src/revocations';
import { Upstream } from '../src/upstream';

describe('gateway rate limits per client address', () => {
  it('answers 429 with a problem document past the log-in limit, and keeps health open', async () => {
    // The services are not running: calls within the limit fail as unavailable (503), the rest are limited (429).
    const config = readConfig(gatewayEnvironment, {
      CREDENTIALS_DIR: join(testCredentialsRoot(), 'gateway'),
      AMQP_URL: 'amqp://127.0.0.1:1',
      IDENTITY_GRPC_ADDRESS: '127.0.0.1:1',
      CURRICULUM_GRPC_ADDRESS: '127.0.0.1:1',
      GRPC_DEADLINE_MS: '200',
    }) as GatewayConfig;
    const logger = createLogger('gateway');
    logger.silent = true;
    const upstream = new Upstream(config);
    const app = createApp({
      upstream,
      logger,
      verifier: new AccessTokenVerifier(async () => ({ keys: [] }), new RevocationList(), logger),
      isReady: () => true,
      limits: { perMinute: 100, authPerMinute: 3 },
      webRoot: config.WEB_ROOT,
    });
    const server = app.listen(0);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const response = await fetch(`${base}/api/v1/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'someone', password: 'x' }) });
        statuses.push(response.status);
        if (response.status === 429) {
          expect(response.headers.get('content-type')).toContain('application/problem+json');
          expect(((await response.json()) as { detail: string }).detail).toContain('не больше 3 запросов в минуту');
        }
      }
      expect(statuses).toEqual([503, 503, 503, 429, 429]);
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
    } finally {
      server.close();
      upstream.close();
    }
  });
});
