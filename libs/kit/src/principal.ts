import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Metadata } from '@grpc/grpc-js';
import { Unauthenticated } from './errors';

/** Roles of the platform (DOMAIN.md, "Who uses it"); `service` is another service of the platform. */
export type Role =
  | 'region_operator'
  | 'school_admin'
  | 'director'
  | 'deputy_director'
  | 'subject_teacher'
  | 'class_teacher'
  | 'parent'
  | 'interested_person'
  | 'student'
  | 'service';

/** A role in a scope: the ids say where the role applies (a school, a class, a child…). */
export interface Grant {
  role: Role;
  schoolId?: string;
  classId?: string;
  groupId?: string;
  subjectId?: string;
  /** The student a parent or interested person is linked to. */
  childId?: string;
  /** The student's own person, on a student's grant. */
  personId?: string;
}

/** Who is calling: an account (by id, never by name), its person, and its grants. */
export interface Principal {
  subject: string;
  personId?: string;
  grants: Grant[];
}

/** The access tokens identity issues and the gateway verifies (ES256 JWT). */
export const ACCESS_TOKEN = { issuer: 'ejournal-identity', audience: 'ejournal', lifetimeSeconds: 10 * 60 } as const;

const PRINCIPAL_KEY = 'x-ejournal-principal';
const SIGNATURE_KEY = 'x-ejournal-principal-sig';
/** A forwarded identity is good for this long: enough for one call chain, too short to replay later. */
const LIFETIME_SECONDS = 60;

function sign(value: string, secret: string): string {
  return createHmac('sha256', secret).update(value).digest('base64url');
}

/**
 * Puts the caller's identity into gRPC metadata, signed with the platform's internal secret, so that
 * a service can tell a call forwarded by the gateway (or another service) from one that bypasses it.
 */
export function attachPrincipal(metadata: Metadata, principal: Principal, secret: string, now = Date.now()): void {
  const value = Buffer.from(JSON.stringify({ ...principal, exp: Math.floor(now / 1000) + LIFETIME_SECONDS })).toString('base64url');
  metadata.set(PRINCIPAL_KEY, value);
  metadata.set(SIGNATURE_KEY, sign(value, secret));
}

/** The verified caller identity of an incoming call; Unauthenticated when missing, forged or expired. */
export function principalOf(metadata: Metadata, secret: string, now = Date.now()): Principal {
  const value = metadata.get(PRINCIPAL_KEY)[0];
  const signature = metadata.get(SIGNATURE_KEY)[0];
  if (typeof value !== 'string' || typeof signature !== 'string') {
    throw new Unauthenticated('вызов без удостоверенного пользователя');
  }
  const expected = Buffer.from(sign(value, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw new Unauthenticated('подпись удостоверения пользователя неверна');
  }
  const { exp, subject, personId, grants } = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Principal & { exp: number };
  if (exp * 1000 < now) throw new Unauthenticated('удостоверение пользователя истекло');
  return personId === undefined ? { subject, grants } : { subject, personId, grants };
}

export function hasRole(principal: Principal, role: Role, scope: Partial<Omit<Grant, 'role'>> = {}): boolean {
  return principal.grants.some(
    (grant) =>
      grant.role === role &&
      Object.entries(scope).every(([key, id]) => grant[key as keyof Omit<Grant, 'role'>] === id),
  );
}
