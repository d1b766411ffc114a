// System test: the broker goes away and comes back while the platform runs. Services report it in
// their health, a school registered meanwhile waits in curriculum's outbox, and after the restart
// the relay publishes it and identity's reconnected consumer receives it. Nothing is lost.
import { eventually, startBroker, stopBroker } from '@ejournal/testing';
import { startPlatform, type Platform } from './platform';

describe('a broker restart under a running platform', () => {
  let platform: Platform;
  let operator: string;
  let brokerStopped = false;

  const request = (path: string, init: RequestInit = {}) => platform.request(path, { ...init, token: operator });

  beforeAll(async () => {
    platform = await startPlatform('sysbr', { LOG_LEVEL: 'error' });
    operator = await platform.operatorToken();
  });

  afterAll(async () => {
    if (brokerStopped) await startBroker();
    await platform?.stop();
  });

  it('resumes publishing and consuming after the broker comes back, losing nothing', async () => {
    const before = (await (await request('/api/v1/schools', {
      method: 'POST',
      body: JSON.stringify({ name: 'Средняя школа № 1 до перезапуска', shortName: 'СШ № 1', municipality: 'г. Красноярск' }),
    })).json()) as { id: string };

    await stopBroker();
    brokerStopped = true;
    const degraded = await eventually(async () => {
      const response = await platform.request('/healthz');
      return response.status === 503 ? ((await response.json()) as { services: Record<string, string> }) : undefined;
    }, 10_000, 'health to report the lost broker');
    expect(degraded.services.identity).toBe('NOT_SERVING');

    const registered = await request('/api/v1/schools', {
      method: 'POST',
      body: JSON.stringify({ name: 'Средняя школа № 2, пока брокер недоступен', shortName: 'СШ № 2', municipality: 'г. Красноярск' }),
    });
    expect(registered.status).toBe(201);
    const during = (await registered.json()) as { id: string };

    await startBroker();
    brokerStopped = false;
    await platform.system.waitHealthy(30_000);
    for (const school of [before, during]) {
      await eventually(async () => {
        const body = (await (await request(`/api/v1/schools/${school.id}`)).json()) as { identity: unknown };
        return body.identity ? body : undefined;
      }, 30_000, `identity to know school ${school.id}`);
    }
  });
});
