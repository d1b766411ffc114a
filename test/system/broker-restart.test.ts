// System test: the broker goes away and comes back while the platform runs. Services report it in
// their health, a school registered meanwhile waits in curriculum's outbox, and after the restart
// the relay publishes it and identity's reconnected consumer receives it. Nothing is lost.
import { generateDevSecrets, LocalSystem, mintAccessToken } from '@ejournal/launcher';
import { eventually, startBroker, stopBroker, testServers, uniqueName } from '@ejournal/testing';

describe('a broker restart under a running platform', () => {
  let system: LocalSystem;
  let operator: string;
  let brokerStopped = false;

  const request = (path: string, init: RequestInit = {}) =>
    fetch(`${system.gatewayUrl}${path}`, { ...init, headers: { 'content-type': 'application/json', authorization: `Bearer ${operator}` } });

  beforeAll(async () => {
    const secrets = await generateDevSecrets();
    const run = uniqueName('sysbr');
    system = await LocalSystem.start({ ...testServers(), secrets, namespace: run.replace(/_/g, '.'), databasePrefix: `${run}_`, env: { LOG_LEVEL: 'error' } });
    await system.waitHealthy();
    operator = await mintAccessToken(secrets, 'operator-1', [{ role: 'region_operator' }]);
  });

  afterAll(async () => {
    if (brokerStopped) await startBroker();
    await system?.stop();
  });

  it('resumes publishing and consuming after the broker comes back, losing nothing', async () => {
    const before = (await (await request('/api/v1/schools', {
      method: 'POST',
      body: JSON.stringify({ name: 'Средняя школа № 1 до перезапуска', shortName: 'СШ № 1', municipality: 'г. Красноярск' }),
    })).json()) as { id: string };

    await stopBroker();
    brokerStopped = true;
    const degraded = await eventually(async () => {
      const response = await fetch(`${system.gatewayUrl}/healthz`);
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
    await system.waitHealthy(30_000);
    for (const school of [before, during]) {
      await eventually(async () => {
        const body = (await (await request(`/api/v1/schools/${school.id}`)).json()) as { identity: unknown };
        return body.identity ? body : undefined;
      }, 30_000, `identity to know school ${school.id}`);
    }
  });
});
