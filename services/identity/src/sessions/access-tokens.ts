import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { ACCESS_TOKEN, type Grant } from '@ejournal/kit';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK, type KeyLike } from 'jose';
import type { SigningKeyStore } from '../store/signing-key.store';

const ACCESS_TOKEN_SECONDS = ACCESS_TOKEN.lifetimeSeconds;
export const REFRESH_TOKEN_DAYS = 30;
/** How many keys stay published: the signing one and those whose tokens may still be alive. */
const KEYS_KEPT = 3;

/** Signs access tokens (ES256 JWT) with the newest key in the store; publishes the public keys as JWKS. */
export class AccessTokens {
  private signing?: { kid: string; key: KeyLike | Uint8Array; loadedAt: number };

  constructor(private readonly keys: SigningKeyStore) {}

  /** Makes sure a signing key exists (the first start of the service makes one). */
  async ensureKey(): Promise<void> {
    if ((await this.keys.all()).length === 0) await this.rotate();
  }

  /** A new signing key; older keys stay published until their tokens have expired. */
  async rotate(): Promise<void> {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const kid = randomUUID();
    await this.keys.add({ _id: kid, privateJwk: { ...(await exportJWK(privateKey)) }, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' }, createdAt: new Date() });
    const all = await this.keys.all();
    for (const old of all.slice(KEYS_KEPT)) {
      if (Date.now() - old.createdAt.getTime() > 2 * ACCESS_TOKEN_SECONDS * 1000) await this.keys.remove(old._id);
    }
    this.signing = undefined;
  }

  private async signingKey() {
    if (!this.signing || Date.now() - this.signing.loadedAt > 60_000) {
      const [newest] = await this.keys.all();
      this.signing = { kid: newest._id, key: await importJWK(newest.privateJwk as unknown as JWK, 'ES256'), loadedAt: Date.now() };
    }
    return this.signing;
  }

  async issue(account: { _id: string; personId: string; grants: Grant[] }, sessionId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
    const { kid, key } = await this.signingKey();
    const issuedAt = Math.floor(now.getTime() / 1000);
    // ims: the moment of issue in milliseconds — a revocation refuses the tokens issued up to its own
    // moment, and a token issued a moment later (the same second) must still work.
    const token = await new SignJWT({ pid: account.personId, sid: sessionId, ims: now.getTime(), grants: account.grants })
      .setProtectedHeader({ alg: 'ES256', kid, typ: 'at+jwt' })
      .setSubject(account._id)
      .setIssuer(ACCESS_TOKEN.issuer)
      .setAudience(ACCESS_TOKEN.audience)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + ACCESS_TOKEN_SECONDS)
      .sign(key);
    return { token, expiresAt: new Date((issuedAt + ACCESS_TOKEN_SECONDS) * 1000) };
  }

  async jwks(): Promise<{ keys: Array<Record<string, unknown>> }> {
    return { keys: (await this.keys.all()).map((key) => key.publicJwk) };
  }
}

/** A refresh token is `<family id>.<secret>`; only the secret's hash is stored. */
export function newRefreshToken(familyId: string): { token: string; hash: string } {
  const secret = randomBytes(32).toString('base64url');
  return { token: `${familyId}.${secret}`, hash: hashSecret(secret) };
}

export function parseRefreshToken(token: string): { familyId: string; hash: string } | undefined {
  const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(token ?? '');
  return match ? { familyId: match[1], hash: hashSecret(match[2]) } : undefined;
}

function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}
