import { createPrivateKey, createPublicKey, randomBytes, sign, verify, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GRPC_CALLS, PROCESS_NAMES, serviceOfMethod, type ProcessName } from '@ejournal/contracts';
import type { Metadata } from '@grpc/grpc-js';
import { Unauthenticated } from './errors';
import type { Principal } from './principal';

/**
 * What one process of the platform holds to talk to the others: its own key for signing call
 * identities, every process's public key for checking them, and its TLS certificate with the
 * platform's CA (mutual TLS on every gRPC connection). Each process has its own: compromising one
 * service gives its own identity, never the gateway's or another service's.
 */
export interface PlatformCredentials {
  self: ProcessName;
  /** Ed25519 private key that signs the identities this process attaches to its calls. */
  callKey: KeyObject;
  /** Ed25519 public keys of every process, by name. */
  callKeys: Map<string, KeyObject>;
  /** PEM: the platform CA, this process's certificate (CN = its name) and private key. */
  tls: { ca: Buffer; cert: Buffer; key: Buffer };
}

/** The file names in a process's credentials directory (a mounted Secret in Kubernetes). */
export const CREDENTIAL_FILES = { ca: 'ca.crt', cert: 'tls.crt', key: 'tls.key', callKey: 'call.key', callKeys: 'call-keys.json' } as const;

/** Reads a process's credentials from its directory; throws naming the file that is missing or bad. */
export function loadCredentials(self: ProcessName, directory: string): PlatformCredentials {
  const file = (name: string) => {
    try {
      return readFileSync(join(directory, name));
    } catch (error) {
      throw new Error(`credentials of ${self}: cannot read ${join(directory, name)}: ${(error as Error).message}`);
    }
  };
  const publicKeys = JSON.parse(file(CREDENTIAL_FILES.callKeys).toString('utf8')) as Record<string, string>;
  return {
    self,
    callKey: createPrivateKey(file(CREDENTIAL_FILES.callKey)),
    callKeys: new Map(Object.entries(publicKeys).map(([name, pem]) => [name, createPublicKey(pem)])),
    tls: { ca: file(CREDENTIAL_FILES.ca), cert: file(CREDENTIAL_FILES.cert), key: file(CREDENTIAL_FILES.key) },
  };
}

/** A service's own identity on the calls it makes (never a user's). */
export function servicePrincipal(name: ProcessName): Principal {
  return { subject: `service:${name}`, grants: [{ role: 'service' }] };
}

/** The platform process a principal is, when it is one; undefined for people. */
export function callingService(principal: Principal): string | undefined {
  return principal.subject.startsWith('service:') && principal.grants.some((grant) => grant.role === 'service') ? principal.subject.slice('service:'.length) : undefined;
}

const CALL_KEY = 'x-ejournal-call';
/** A call identity is good for this long: one call, not a later replay. */
const LIFETIME_MS = 30_000;
/** Tolerated difference between the clocks of two machines. */
const SKEW_MS = 5_000;

interface CallClaims {
  /** The signing process. */
  iss: string;
  /** The service the call is for. */
  aud: string;
  /** The method, e.g. `CurriculumService/GetSchool`. */
  mth: string;
  iat: number;
  exp: number;
  jti: string;
  sub: string;
  pid?: string;
  grants: Principal['grants'];
}

/**
 * Signs the caller's identity for one call of one method of one service. Only the gateway carries
 * people's identities; every other process can sign nothing but its own service identity.
 */
export function attachCallIdentity(metadata: Metadata, credentials: PlatformCredentials, principal: Principal, method: string, now = Date.now()): void {
  if (credentials.self !== 'gateway' && principal.subject !== `service:${credentials.self}`) {
    throw new Error(`${credentials.self} may call other services only as itself`);
  }
  const claims: CallClaims = {
    iss: credentials.self,
    aud: serviceOfMethod(method),
    mth: method,
    iat: now,
    exp: now + LIFETIME_MS,
    jti: randomBytes(12).toString('base64url'),
    sub: principal.subject,
    ...(principal.personId ? { pid: principal.personId } : {}),
    grants: principal.grants,
  };
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  metadata.set(CALL_KEY, `${body}.${sign(null, Buffer.from(body), credentials.callKey).toString('base64url')}`);
}

/**
 * Checks the identity on an incoming call: signed by a process of the platform that may call this
 * service, for this service and this method, fresh, and never seen before (a replay is refused).
 */
export class CallVerifier {
  private readonly seen = new Map<string, number>();
  private lastSweep = 0;

  constructor(private readonly credentials: PlatformCredentials) {}

  verify(metadata: Metadata, method: string, peerName?: string, now = Date.now()): Principal {
    const token = metadata.get(CALL_KEY)[0];
    if (typeof token !== 'string') throw new Unauthenticated('вызов без удостоверенного пользователя');
    const [body, signature] = token.split('.');
    let claims: CallClaims;
    try {
      claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as CallClaims;
    } catch {
      throw new Unauthenticated('удостоверение вызова неразборчиво');
    }
    const key = this.credentials.callKeys.get(claims.iss);
    if (!key || !PROCESS_NAMES.includes(claims.iss as ProcessName) || !signature || !verify(null, Buffer.from(body), key, Buffer.from(signature, 'base64url'))) {
      throw new Unauthenticated('подпись удостоверения вызова неверна');
    }
    if (peerName !== undefined && peerName !== claims.iss) throw new Unauthenticated('удостоверение вызова подписано не той службой, что соединилась');
    if (claims.aud !== this.credentials.self || claims.mth !== method) throw new Unauthenticated('удостоверение вызова выписано для другой службы или метода');
    if (!GRPC_CALLS[claims.iss as ProcessName].includes(this.credentials.self as never)) throw new Unauthenticated(`служба ${claims.iss} не вызывает эту службу`);
    if (claims.exp < now || claims.iat > now + SKEW_MS) throw new Unauthenticated('удостоверение вызова истекло');
    this.forgetExpired(now);
    if (this.seen.has(claims.jti)) throw new Unauthenticated('удостоверение вызова уже использовано');
    this.seen.set(claims.jti, claims.exp);
    if (claims.iss !== 'gateway') return servicePrincipal(claims.iss as ProcessName);
    return claims.pid === undefined ? { subject: claims.sub, grants: claims.grants } : { subject: claims.sub, personId: claims.pid, grants: claims.grants };
  }

  private forgetExpired(now: number): void {
    if (now - this.lastSweep < 1_000) return;
    this.lastSweep = now;
    for (const [jti, exp] of this.seen) if (exp < now - SKEW_MS) this.seen.delete(jti);
  }
}
