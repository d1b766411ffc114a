import { ACCESS_TOKEN, type Grant, type Logger, type Principal } from '@ejournal/kit';
import { createHash } from 'node:crypto';
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { z } from 'zod';
import { grantSchema } from './grant-schema';
import type { RevocationList } from './revocations';

type Claims = z.infer<typeof claimsSchema>;
const claimsSchema = z.object({ sub: z.string().min(1), pid: z.string().optional(), sid: z.string().optional(), iat: z.number(), ims: z.number().optional(), grants: z.array(grantSchema) });

/** Tokens whose signature was checked, kept by their SHA-256 until they expire (about 1 KB each with their claims). */
const MOST_VERIFIED = 10_000;

/** An unknown key id makes the gateway ask identity for its keys again, at most this often (it waits out the rest). */
const KEY_REFRESH_INTERVAL_MS = 500;

/**
 * Verifies access tokens against the identity service's published keys (fetched over gRPC and
 * cached; fetched again when a token names a key not seen yet, so key rotation logs nobody out),
 * and refuses tokens of revoked accounts.
 */
export class AccessTokenVerifier {
  private keySet?: ReturnType<typeof createLocalJWKSet>;
  private kids = new Set<string>();
  /** Verified tokens by digest: their claims, until they expire (dropped when identity's keys change). */
  private readonly verified = new Map<string, { claims: Claims; expiresAt: number }>();
  private fetchedAt = 0;

  constructor(
    private readonly fetchKeys: () => Promise<JSONWebKeySet>,
    private readonly revocations: RevocationList,
    private readonly logger: Logger,
  ) {}

  private refreshing?: Promise<void>;

  private async keys(kid: string | undefined) {
    if (!this.keySet || (kid !== undefined && !this.kids.has(kid))) {
      this.refreshing ??= this.refresh().finally(() => (this.refreshing = undefined));
      await this.refreshing;
    }
    return this.keySet!;
  }

  /** Fetches identity's keys (a key rotated in names a new kid); never more often than the interval. */
  private async refresh(): Promise<void> {
    const wait = this.fetchedAt + KEY_REFRESH_INTERVAL_MS - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    try {
      const jwks = await this.fetchKeys();
      const kids = new Set(jwks.keys.map((key) => key.kid).filter((k): k is string => Boolean(k)));
      // A key withdrawn from the set: the tokens it signed are checked again (and refused).
      if ([...this.kids].some((kid) => !kids.has(kid))) this.verified.clear();
      this.keySet = createLocalJWKSet(jwks);
      this.kids = kids;
    } catch (error) {
      this.logger.warn('cannot fetch signing keys from identity', { error: (error as Error).message });
      if (!this.keySet) throw error;
    } finally {
      this.fetchedAt = Date.now();
    }
  }

  /** The principal of a valid token; undefined for an invalid, expired or revoked one. */
  async verify(token: string): Promise<Principal | undefined> {
    // A token verified before is not verified again (the signature check is most of a request's cost):
    // until it expires, and revocations are checked on every request all the same.
    const digest = createHash('sha256').update(token).digest('base64url');
    const known = this.verified.get(digest);
    if (known && known.expiresAt > Date.now()) return this.unlessRevoked(known.claims);
    let kid: string | undefined;
    try {
      kid = JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString('utf8')).kid;
    } catch {
      return undefined;
    }
    const keySet = await this.keys(kid);
    try {
      const { payload } = await jwtVerify(token, keySet, { issuer: ACCESS_TOKEN.issuer, audience: ACCESS_TOKEN.audience, algorithms: ['ES256'] });
      const claims = claimsSchema.parse(payload);
      if (payload.exp !== undefined) this.remember(digest, claims, payload.exp * 1000);
      return this.unlessRevoked(claims);
    } catch {
      return undefined;
    }
  }

  private unlessRevoked(claims: Claims): Principal | undefined {
    if (this.revocations.isRevoked(claims.sub, claims.ims ?? claims.iat * 1000 + 999, claims.sid)) return undefined;
    return { subject: claims.sub, ...(claims.pid ? { personId: claims.pid } : {}), grants: claims.grants as Grant[] };
  }

  private remember(digest: string, claims: Claims, expiresAt: number): void {
    if (this.verified.size >= MOST_VERIFIED) {
      const now = Date.now();
      for (const [key, entry] of this.verified) if (entry.expiresAt <= now) this.verified.delete(key);
      // Still full: the oldest go first.
      for (const [key] of this.verified) {
        if (this.verified.size < MOST_VERIFIED) break;
        this.verified.delete(key);
      }
    }
    this.verified.set(digest, { claims, expiresAt });
  }
}

