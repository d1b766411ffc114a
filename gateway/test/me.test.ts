import { ACCESS_TOKEN, createLogger, type Grant } from '@ejournal/kit';
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import request from 'supertest';
import { AccessTokenVerifier } from '../src/access-tokens';
import { createApp } from '../src/app';
import { DEFAULT_WEB_ROOT } from '../src/config';
import { describeApi } from '../src/openapi';
import { RevocationList } from '../src/revocations';
import type { Upstream } from '../src/upstream';

// GET /api/v1/me (issue #14): who the caller is, from the verified access token alone. Tokens are
// signed here as identity signs them (ES256, its issuer and audience) and checked by the gateway's
// own verifier against the key set it would fetch from identity.
const SCHOOL = '0b7a7a52-3b1e-4c55-9d0e-6f2a1c9e0a01';
const CLASS = '2d3e4f5a-6b7c-4d8e-9fa0-b1c2d3e4f5a6';
const CHILD = '4f5a6b7c-8d9e-4fa0-b1c2-d3e4f5a6b7c8';
const PERSON = '6b7c8d9e-af01-42c3-d4e5-f6a7b8c9d0e1';
const ACCOUNT = '7c8d9eaf-0142-43c4-85f6-a7b8c9d0e1f2';

describe('GET /api/v1/me', () => {
  let privateKey: KeyLike;
  let app: ReturnType<typeof createApp>;
  const upstreamCalls: string[] = [];

  beforeAll(async () => {
    const pair = await generateKeyPair('ES256');
    privateKey = pair.privateKey;
    const jwks = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' }] };
    const logger = createLogger('gateway');
    logger.silent = true;
    // Any call to a service would show here: /me answers from the token.
    const upstream = new Proxy({}, { get: (_target, name: string) => upstreamCalls.push(name) && undefined }) as Upstream;
    app = createApp({ upstream, logger, verifier: new AccessTokenVerifier(async () => jwks, new RevocationList(), logger), isReady: () => true, limits: { perMinute: 1_000, authPerMinute: 1_000 }, webRoot: DEFAULT_WEB_ROOT });
    upstreamCalls.length = 0; // the routes take their clients when the app is put together
  });

  const tokenFor = (subject: string, grants: Grant[], personId?: string) =>
    new SignJWT({ ...(personId ? { pid: personId } : {}), sid: 's1', ims: Date.now(), grants })
      .setProtectedHeader({ alg: 'ES256', kid: 'k1', typ: 'at+jwt' })
      .setSubject(subject)
      .setIssuer(ACCESS_TOKEN.issuer)
      .setAudience(ACCESS_TOKEN.audience)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(privateKey);

  it('answers 401 with a problem document without a token or with a bad one', async () => {
    const anonymous = await request(app).get('/api/v1/me');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers['content-type']).toContain('application/problem+json');
    expect(anonymous.headers['www-authenticate']).toBe('Bearer');
    expect(anonymous.body).toMatchObject({ type: 'urn:ejournal:problem:unauthenticated', status: 401, instance: '/api/v1/me' });
    const forged = await request(app).get('/api/v1/me').set('Authorization', `Bearer ${(await tokenFor(ACCOUNT, [])).slice(0, -4)}AAAA`);
    expect(forged.status).toBe(401);
  });

  it('tells the caller their account, person and grants with the scope of each, not to be cached', async () => {
    const token = await tokenFor(
      ACCOUNT,
      [
        { role: 'class_teacher', schoolId: SCHOOL, classId: CLASS, source: 'class-teacher' },
        { role: 'subject_teacher', schoolId: SCHOOL, classId: CLASS, subjectId: 'math', groupId: CLASS, until: '2026-12-31' },
        { role: 'parent', schoolId: SCHOOL, childId: CHILD },
      ],
      PERSON,
    );
    const response = await request(app).get('/api/v1/me').set('Authorization', `Bearer ${token}`);
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toEqual({
      accountId: ACCOUNT,
      personId: PERSON,
      grants: [
        { role: 'class_teacher', schoolId: SCHOOL, classId: CLASS },
        { role: 'subject_teacher', schoolId: SCHOOL, classId: CLASS, subjectId: 'math', groupId: CLASS },
        { role: 'parent', schoolId: SCHOOL, childId: CHILD },
      ],
    });
    expect(upstreamCalls).toEqual([]);
  });

  it('answers any role, a student and an account without a person too', async () => {
    const student = await request(app).get('/api/v1/me').set('Authorization', `Bearer ${await tokenFor(ACCOUNT, [{ role: 'student', schoolId: SCHOOL, personId: CHILD }], CHILD)}`);
    expect(student.body).toEqual({ accountId: ACCOUNT, personId: CHILD, grants: [{ role: 'student', schoolId: SCHOOL, personId: CHILD }] });
    const operator = await request(app).get('/api/v1/me').set('Authorization', `Bearer ${await tokenFor(ACCOUNT, [{ role: 'region_operator' }])}`);
    expect(operator.body).toEqual({ accountId: ACCOUNT, personId: null, grants: [{ role: 'region_operator' }] });
    const nobody = await request(app).get('/api/v1/me').set('Authorization', `Bearer ${await tokenFor(ACCOUNT, [])}`);
    expect(nobody.body).toEqual({ accountId: ACCOUNT, personId: null, grants: [] });
  });

  it('is described in the OpenAPI document as needing a token', () => {
    const operation = (describeApi(app).paths as Record<string, Record<string, { security?: unknown; responses: Record<string, unknown> }>>)['/api/v1/me']?.get;
    expect(operation).toBeDefined();
    expect(operation!.security).toBeUndefined();
    expect(Object.keys(operation!.responses)).toEqual(['200', '401']);
  });
});
