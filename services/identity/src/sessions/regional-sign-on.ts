import { createHash, randomBytes } from 'node:crypto';
import { FailedPrecondition, PermissionDenied, Unauthenticated } from '@ejournal/kit';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import type { Identity } from '../identity';
import type { SsoAttemptStore } from '../store/sso-attempt.store';
import { startSession, type IssuedSession } from './sessions';

/** The regional single sign-on (the regional portal, ESIA in production): an OpenID Connect provider. */
export interface SignOnSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The gateway's callback, registered at the provider. */
  redirectUri: string;
  /** The claim of the ID token that identifies the person (e.g. `sub`, or a SNILS claim). */
  identifierClaim: string;
}

interface Discovery {
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
  issuer: string;
}

const ATTEMPT_LIFETIME_MS = 10 * 60_000;
const random = () => randomBytes(32).toString('base64url');

/** Authorization code flow with PKCE, state and nonce; the ID token is verified against the provider's keys. */
export class RegionalSignOn {
  private discovery?: Promise<Discovery>;
  private keys?: ReturnType<typeof createRemoteJWKSet>;

  constructor(
    private readonly settings: SignOnSettings | undefined,
    private readonly attempts: SsoAttemptStore,
  ) {}

  /** Whether a provider is set up at all. */
  get enabled(): boolean {
    return this.settings !== undefined;
  }

  private configured(): SignOnSettings {
    if (!this.settings) throw new FailedPrecondition('вход через региональный портал не настроен');
    return this.settings;
  }

  private async provider(): Promise<Discovery> {
    const settings = this.configured();
    this.discovery ??= fetch(`${settings.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`).then(async (response) => {
      if (!response.ok) throw new Error(`discovery of ${settings.issuer} answered ${response.status}`);
      return (await response.json()) as Discovery;
    });
    try {
      const discovery = await this.discovery;
      this.keys ??= createRemoteJWKSet(new URL(discovery.jwks_uri));
      return discovery;
    } catch (error) {
      this.discovery = undefined;
      throw error;
    }
  }

  /** The portal's address to send the browser to; with an account id, the sign-on links that account. */
  async begin(linkAccountId?: string): Promise<string> {
    const settings = this.configured();
    const discovery = await this.provider();
    const attempt = { _id: random(), nonce: random(), codeVerifier: random(), createdAt: new Date(), ...(linkAccountId ? { linkAccountId } : {}) };
    await this.attempts.begin(attempt);
    const url = new URL(discovery.authorization_endpoint);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: settings.clientId,
      redirect_uri: settings.redirectUri,
      scope: 'openid',
      state: attempt._id,
      nonce: attempt.nonce,
      code_challenge: createHash('sha256').update(attempt.codeVerifier).digest('base64url'),
      code_challenge_method: 'S256',
    }).toString();
    return url.toString();
  }

  async complete(identity: Identity, code: string, state: string, clientAddress: string): Promise<IssuedSession> {
    const settings = this.configured();
    const attempt = state ? await this.attempts.take(state) : null;
    if (!attempt || Date.now() - attempt.createdAt.getTime() > ATTEMPT_LIFETIME_MS) throw new Unauthenticated('вход через портал устарел или уже завершён; начните заново');
    const discovery = await this.provider();
    const response = await fetch(discovery.token_endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${encodeURIComponent(settings.clientId)}:${encodeURIComponent(settings.clientSecret)}`).toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: settings.redirectUri, code_verifier: attempt.codeVerifier }),
    });
    if (!response.ok) throw new Unauthenticated('портал не подтвердил вход; начните заново');
    const { id_token: idToken } = (await response.json()) as { id_token?: string };
    if (!idToken) throw new Unauthenticated('портал не прислал удостоверение входа');
    let claims: Record<string, unknown>;
    try {
      ({ payload: claims } = await jwtVerify(idToken, this.keys!, { issuer: discovery.issuer, audience: settings.clientId }));
    } catch {
      throw new Unauthenticated('удостоверение входа от портала недействительно');
    }
    if (claims.nonce !== attempt.nonce) throw new Unauthenticated('удостоверение входа от портала недействительно');
    const identifier = claims[settings.identifierClaim];
    if (attempt.linkAccountId) return this.link(identity, attempt.linkAccountId, identifier, clientAddress);
    const account = typeof identifier === 'string' && identifier ? await identity.accounts.findByExternalId(identifier) : null;
    if (!account) {
      await identity.audit.record({ action: 'login.failed', actorAccountId: '', subjectId: '', schoolId: '', clientAddress, details: 'sso: no account for this identifier' });
      throw new Unauthenticated('для этого входа через портал нет учётной записи; обратитесь к администратору школы');
    }
    if (account.status !== 'active') throw new PermissionDenied('учётная запись заблокирована; обратитесь к администратору школы');
    const session = await startSession(identity, account);
    await identity.audit.record({ action: 'login', actorAccountId: account._id, subjectId: account._id, schoolId: '', clientAddress, details: 'sso' });
    return session;
  }

  /** The person who signed on at the portal links their identifier there to the account that began the link, and is signed in. */
  private async link(identity: Identity, accountId: string, identifier: unknown, clientAddress: string): Promise<IssuedSession> {
    if (typeof identifier !== 'string' || !/^[\w.@:+-]{1,128}$/.test(identifier)) throw new Unauthenticated('портал не назвал, кто вошёл');
    const holder = await identity.accounts.findByExternalId(identifier);
    if (holder && holder._id !== accountId) throw new FailedPrecondition('этот вход через портал уже связан с другой учётной записью');
    const account = await identity.accounts.change(accountId, (current) => (current.status === 'active' ? { changes: { externalId: identifier } } : null));
    if (!account || account.status !== 'active') throw new PermissionDenied('учётная запись заблокирована; обратитесь к администратору школы');
    await identity.audit.record({ action: 'sso.linked', actorAccountId: accountId, subjectId: accountId, schoolId: '', clientAddress, details: 'linked by the account holder' });
    return startSession(identity, account);
  }
}
