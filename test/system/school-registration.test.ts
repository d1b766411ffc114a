// System test: the real processes (7 services + gateway, built dist) against the real servers.
// The region operator registers a school through the gateway → curriculum stores it with its event
// → the relay publishes curriculum.school.registered → identity consumes it → GET shows both.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as grpc from '@grpc/grpc-js';
import { join } from 'node:path';
import { curriculumPackage } from '@ejournal/contracts';
import { attachCallIdentity, createGrpcClient, loadCredentials, servicePrincipal } from '@ejournal/kit';
import { startTraceCollector } from '@ejournal/testing';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { eventually } from '@ejournal/testing';
import { registerSchool as registerAndWait, staffAccount, startPlatform, type Platform } from './platform';

const ROOT = join(__dirname, '..', '..');

describe('the platform, through the gateway', () => {
  let platform: Platform;
  let collector: Awaited<ReturnType<typeof startTraceCollector>>;
  let operator: string;

  const request: Platform['request'] = (path, init) => platform.request(path, init);
  const registerSchool = (shortName: string, init: RequestInit & { token?: string } = {}) =>
    request('/api/v1/schools', {
      method: 'POST',
      token: operator,
      body: JSON.stringify({ name: `Муниципальное общеобразовательное учреждение «${shortName}»`, shortName, municipality: 'г. Пермь' }),
      ...init,
    });

  beforeAll(async () => {
    collector = await startTraceCollector();
    platform = await startPlatform('sys', { OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint });
    operator = await platform.operatorToken();
  });

  afterAll(async () => {
    await platform?.stop();
    await collector?.close();
  });

  it('reports every service healthy on /healthz', async () => {
    const response = await request('/healthz');
    expect(response.status).toBe(200);
    expect((await response.json()).services).toEqual({
      identity: 'SERVING',
      curriculum: 'SERVING',
      gradebook: 'SERVING',
      attendance: 'SERVING',
      diary: 'SERVING',
      messaging: 'SERVING',
      archive: 'SERVING',
      reports: 'SERVING',
    });
  });

  it('registers a school, and identity learns of it from the bus', async () => {
    const created = await registerSchool('СШ № 12');
    expect(created.status).toBe(201);
    const school = await created.json();
    expect(school).toMatchObject({ shortName: 'СШ № 12', municipality: 'г. Пермь', version: 1 });
    expect(created.headers.get('location')).toBe(`/api/v1/schools/${school.id}`);

    const seen = await eventually(async () => {
      const body = await (await request(`/api/v1/schools/${school.id}`, { token: operator })).json();
      return body.identity ? body : undefined;
    }, 5_000, 'identity to know the school');
    expect(seen).toMatchObject({ id: school.id, name: school.name, identity: { knownSince: expect.any(String) } });
  });

  it('carries one trace id from the gateway through curriculum to the identity consumer', async () => {
    const traceId = randomBytes(16).toString('hex');
    const created = await registerSchool('Гимназия № 3', { headers: { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` } });
    expect(created.status).toBe(201);
    const expected = [
      ['gateway', 'POST /api/v1/schools'],
      ['curriculum', 'ejournal.curriculum.v1.CurriculumService/RegisterSchool'],
      ['curriculum', 'curriculum.school.registered publish'],
      ['identity', 'curriculum.school.registered process'],
    ];
    const where = (service: string, name: string) => collector.spans.find((span) => span.traceId === traceId && span.service === service && span.name === name);
    await eventually(async () => (expected.every(([service, name]) => where(service, name)) ? true : undefined), 10_000, `spans ${JSON.stringify(expected)} in one trace`);
    const publish = where('curriculum', 'curriculum.school.registered publish')!;
    expect(where('identity', 'curriculum.school.registered process')!.parentSpanId).toBe(publish.spanId);
  });

  it('answers a school out of the caller’s scope exactly as a school that does not exist', async () => {
    const schoolId = await registerAndWait(platform, operator, 'Лицей № 9');
    const school = { id: schoolId };
    const otherSchool = await registerAndWait(platform, operator, 'Лицей № 10');
    const otherSchoolAdmin = (await staffAccount(platform, operator, otherSchool, [{ role: 'school_admin', schoolId: otherSchool }])).token;
    const ownSchoolAdmin = (await staffAccount(platform, operator, schoolId, [{ role: 'school_admin', schoolId }])).token;

    const outOfScope = await request(`/api/v1/schools/${school.id}`, { token: otherSchoolAdmin });
    const missing = await request('/api/v1/schools/00000000-0000-4000-8000-00000000dead', { token: otherSchoolAdmin });
    expect(outOfScope.status).toBe(404);
    expect(missing.status).toBe(404);
    const strip = ({ instance: _i, requestId: _r, ...rest }: Record<string, unknown>) => rest;
    expect(strip(await outOfScope.json())).toEqual(strip(await missing.json()));
    expect((await request(`/api/v1/schools/${school.id}`, { token: ownSchoolAdmin })).status).toBe(200);
  });

  it('lets only the region operator register a school', async () => {
    const schoolId = await registerAndWait(platform, operator, 'СШ № 98');
    const admin = (await staffAccount(platform, operator, schoolId, [{ role: 'school_admin', schoolId }])).token;
    const response = await registerSchool('СШ № 99', { token: admin } as never);
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });

  it('refuses a second registration of the same school with 409', async () => {
    expect((await registerSchool('СШ № 40')).status).toBe(201);
    const again = await registerSchool('сш  №  40');
    expect(again.status).toBe(409);
    expect((await again.json()).detail).toContain('уже зарегистрирована');
  });

  it('answers bad input with a problem document naming each wrong field', async () => {
    const response = await request('/api/v1/schools', { method: 'POST', token: operator, body: JSON.stringify({ name: 'Школа', shortName: '', municipality: 7 }) });
    expect(response.status).toBe(400);
    const problem = await response.json();
    expect(problem).toMatchObject({ type: 'urn:ejournal:problem:invalid-argument', status: 400, errors: { municipality: expect.any(String) } });

    const tooShort = await request('/api/v1/schools', { method: 'POST', token: operator, body: JSON.stringify({ name: 'Шк', shortName: 'С', municipality: 'Пермь' }) });
    expect(tooShort.status).toBe(400);
    expect((await tooShort.json()).errors).toEqual({ name: expect.stringContaining('от 5 до 500'), shortName: expect.stringContaining('от 2 до 120') });

    const malformed = await request('/api/v1/schools', { method: 'POST', token: operator, body: '{"name":' });
    expect(malformed.status).toBe(400);
  });

  it('refuses requests without a valid token', async () => {
    expect((await request('/api/v1/schools/00000000-0000-4000-8000-000000000003')).status).toBe(401);
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const kid = JSON.parse(Buffer.from(operator.split('.')[0], 'base64url').toString()).kid;
    const forged = await new SignJWT({ grants: [{ role: 'region_operator' }], jwk: await exportJWK(publicKey) })
      .setProtectedHeader({ alg: 'ES256', kid })
      .setSubject('intruder')
      .setIssuer('ejournal-identity')
      .setAudience('ejournal')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    expect((await registerSchool('СШ № 66', { token: forged } as never)).status).toBe(401);
  });

  it('refuses a gRPC call that bypasses the gateway', async () => {
    const health = await (await request('/healthz')).json();
    expect(health.status).toBe('ok');
    const address = platform.system.addressOf('curriculum');
    const register = (client: InstanceType<ReturnType<typeof curriculumPackage>['CurriculumService']>, metadata = new grpc.Metadata()) =>
      new Promise<grpc.ServiceError>((resolve) => client.registerSchool({ name: 'Обходная школа', shortName: 'ОШ', municipality: 'Пермь' }, metadata, (err) => resolve(err!)));
    // Without a certificate of the platform there is no connection at all (mutual TLS).
    const plain = new (curriculumPackage().CurriculumService)(address, grpc.credentials.createInsecure());
    expect((await register(plain)).code).toBe(grpc.status.UNAVAILABLE);
    plain.close();
    // With another process's certificate and key (attendance: it calls no service) the call is refused:
    // it may sign only its own identity, and the architecture gives it no calls to curriculum.
    const attendance = loadCredentials('attendance', join(platform.system.credentialsRoot, 'attendance'));
    const intruder = createGrpcClient(curriculumPackage().CurriculumService, 'curriculum', address, attendance);
    expect((await register(intruder)).code).toBe(grpc.status.UNAUTHENTICATED);
    const signed = new grpc.Metadata();
    attachCallIdentity(signed, attendance, servicePrincipal('attendance'), 'CurriculumService/RegisterSchool');
    const refused = await register(intruder, signed);
    expect(refused.code).toBe(grpc.status.UNAUTHENTICATED);
    expect(refused.details).toContain('не вызывает эту службу');
    intruder.close();
  });

  it('serves the OpenAPI document without a token', async () => {
    const response = await request('/api/openapi.json');
    expect(response.status).toBe(200);
    const document = await response.json();
    expect(document.paths['/api/v1/schools']).toBeDefined();
    // The served document passes Redocly's recommended rules (redocly.yaml), as issue #11 asks.
    const file = join(mkdtempSync(join(tmpdir(), 'openapi-')), 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    const lint = spawnSync(join(ROOT, 'node_modules/.bin/redocly'), ['lint', file, '--config', join(ROOT, 'redocly.yaml'), '--format', 'stylish'], { encoding: 'utf8', env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } });
    expect({ status: lint.status, errors: lint.stdout.split('\n').filter((line) => /error/i.test(line)) }).toEqual({ status: 0, errors: [] });
  });

  it('loses no event when the consumer is down: identity catches up after it restarts', async () => {
    await platform.system.stopProcess('identity', 'SIGKILL');
    const school = await (await registerSchool('СШ № 77')).json();
    expect((await request(`/api/v1/schools/${school.id}`, { token: operator })).status).toBe(503);
    platform.system.startProcess('identity');
    const seen = await eventually(async () => {
      const response = await request(`/api/v1/schools/${school.id}`, { token: operator });
      const body = response.status === 200 ? await response.json() : undefined;
      return body?.identity ? body : undefined;
    }, 20_000, 'identity to catch up');
    expect(seen.identity.knownSince).toEqual(expect.any(String));
  });

  it('stops a service gracefully on SIGTERM (exit status 0), and the gateway reports it', async () => {
    expect(await platform.system.stopProcess('archive', 'SIGTERM')).toBe(0);
    const response = await request('/healthz');
    expect(response.status).toBe(503);
    expect((await response.json()).services.archive).toBe('UNREACHABLE');
  });
});
