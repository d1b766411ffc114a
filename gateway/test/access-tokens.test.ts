import { ACCESS_TOKEN, createLogger } from '@ejournal/kit';
import { exportJWK, generateKeyPair, SignJWT, type JSONWebKeySet } from 'jose';
import { AccessTokenVerifier } from '../src/access-tokens';
import { RevocationList } from '../src/revocations';

// A token's signature is checked once and remembered until the token expires; a revocation still
// refuses it at once, and a token past its expiry is refused even when remembered.
describe('the gateway\'s access token check', () => {
  const logger = createLogger('gateway');
  logger.silent = true;
  let keys: JSONWebKeySet;
  let sign: (claims: Record<string, unknown>, expiresInSeconds?: number) => Promise<string>;
  let fetches = 0;

  beforeAll(async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    keys = { keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256' }] };
    sign = (claims, expiresInSeconds = 600) =>
      new SignJWT({ grants: [{ role: 'parent', schoolId: 's1', childId: 'c1' }], ...claims })
        .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
        .setIssuer(ACCESS_TOKEN.issuer)
        .setAudience(ACCESS_TOKEN.audience)
        .setSubject('account-1')
        .setIssuedAt()
        .setExpirationTime(Math.floor(Date.now() / 1000) + expiresInSeconds)
        .sign(privateKey);
  });

  const verifier = (revocations = new RevocationList()) =>
    new AccessTokenVerifier(async () => {
      fetches += 1;
      return keys;
    }, revocations, logger);

  it('accepts a remembered token until it is revoked', async () => {
    const revocations = new RevocationList();
    const check = verifier(revocations);
    const token = await sign({});
    expect(await check.verify(token)).toEqual({ subject: 'account-1', grants: [{ role: 'parent', schoolId: 's1', childId: 'c1' }] });
    expect(await check.verify(token)).toMatchObject({ subject: 'account-1' });
    revocations.revoke('account-1', new Date(Date.now() + 1_000));
    expect(await check.verify(token)).toBeUndefined();
  });

  it('refuses a remembered token once it has expired, and a forged one always', async () => {
    const check = verifier();
    const token = await sign({}, 60);
    expect(await check.verify(token)).toBeDefined();
    jest.useFakeTimers({ now: Date.now() + 61_000, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      expect(await check.verify(token)).toBeUndefined();
    } finally {
      jest.useRealTimers();
    }
    // The same header and claims with another signature: not the remembered token.
    const [header, payload] = token.split('.');
    expect(await check.verify(`${header}.${payload}.${Buffer.alloc(64, 1).toString('base64url')}`)).toBeUndefined();
    expect(fetches).toBeGreaterThan(0);
  });
});
