import { randomUUID } from 'node:crypto';
import { FailedPrecondition, PermissionDenied, ResourceExhausted, Unauthenticated } from '@ejournal/kit';
import type { Identity } from '../identity';
import { checkPasswordPolicy, hashPassword, UNKNOWN_ACCOUNT_HASH, verifyPassword } from '../domain/passwords';
import type { Account } from '../store/account.store';
import type { ThrottleRule } from '../store/throttle.store';
import { newRefreshToken, parseRefreshToken, REFRESH_TOKEN_DAYS } from './access-tokens';

/** Failed log-ins: 5 per login in 15 minutes lock that login for 15 minutes (doubling while it goes on). */
export const PER_LOGIN: ThrottleRule = { limit: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
/** …and 30 per client address in 15 minutes lock the address (password spraying across logins). */
export const PER_ADDRESS: ThrottleRule = { limit: 30, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

export interface IssuedSession {
  accountId: string;
  accessToken: string;
  accessExpiresAt: Date;
  refreshToken: string;
  refreshExpiresAt: Date;
}

const BAD_CREDENTIALS = 'неверный логин или пароль';

function untilText(until: Date): string {
  return until.toLocaleTimeString('ru-RU', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Moscow' });
}

/** Starts a new session family for an account: an access token and the first refresh token. */
export async function startSession(identity: Identity, account: Account, now = new Date()): Promise<IssuedSession> {
  const familyId = randomUUID();
  const refresh = newRefreshToken(familyId);
  const refreshExpiresAt = new Date(now.getTime() + REFRESH_TOKEN_DAYS * 86_400_000);
  await identity.sessions.start({ _id: familyId, accountId: account._id, currentTokenHash: refresh.hash, rotations: 0, createdAt: now, expiresAt: refreshExpiresAt });
  const access = await identity.tokens.issue(account, familyId, now);
  return { accountId: account._id, accessToken: access.token, accessExpiresAt: access.expiresAt, refreshToken: refresh.token, refreshExpiresAt };
}

/**
 * Checks a login and password with throttling per login and per client address; the answer for an
 * unknown login and for a wrong password is the same, and takes the same time.
 */
export async function checkCredentials(identity: Identity, login: string, password: string, clientAddress: string): Promise<Account> {
  const loginKey = `login:${login}`;
  const addressKey = `address:${clientAddress}`;
  const locked = (await identity.throttles.lockedUntil(loginKey)) ?? (await identity.throttles.lockedUntil(addressKey));
  if (locked) {
    await identity.audit.record({ action: 'login.throttled', actorAccountId: '', subjectId: '', schoolId: '', clientAddress, details: '' });
    throw new ResourceExhausted(`слишком много неудачных попыток входа; вход возможен после ${untilText(locked)} (мск) или после разблокировки администратором`);
  }
  const account = await identity.accounts.findByLogin(login);
  const matches = await verifyPassword(password, account?.passwordHash ?? UNKNOWN_ACCOUNT_HASH);
  if (!account || !matches) {
    await identity.throttles.fail(loginKey, PER_LOGIN);
    await identity.throttles.fail(addressKey, PER_ADDRESS);
    await identity.audit.record({ action: 'login.failed', actorAccountId: '', subjectId: account?._id ?? '', schoolId: '', clientAddress, details: '' });
    throw new Unauthenticated(BAD_CREDENTIALS);
  }
  await identity.throttles.clear(loginKey);
  return account;
}

export async function logIn(identity: Identity, login: string, password: string, clientAddress: string): Promise<IssuedSession> {
  const account = await checkCredentials(identity, login, password, clientAddress);
  if (account.status !== 'active') throw new PermissionDenied('учётная запись заблокирована; обратитесь к администратору школы');
  if (account.mustChangePassword) throw new FailedPrecondition('нужно сменить временный пароль: POST /api/v1/password');
  const session = await startSession(identity, account);
  await identity.audit.record({ action: 'login', actorAccountId: account._id, subjectId: account._id, schoolId: '', clientAddress, details: '' });
  return session;
}

/** Rotates a refresh token: a new pair. An old token presented again revokes the whole family. */
export async function refreshSession(identity: Identity, refreshToken: string, clientAddress: string): Promise<IssuedSession> {
  const parsed = parseRefreshToken(refreshToken);
  if (!parsed) throw new Unauthenticated('токен обновления недействителен');
  const next = newRefreshToken(parsed.familyId);
  const rotation = await identity.sessions.rotate(parsed.familyId, parsed.hash, next.hash);
  if (rotation.outcome === 'reused') {
    const family = await identity.sessions.find(parsed.familyId);
    await identity.audit.record({ action: 'session.reuse-detected', actorAccountId: '', subjectId: family?.accountId ?? '', schoolId: '', clientAddress, details: `session ${parsed.familyId}` });
  }
  if (rotation.outcome !== 'rotated') throw new Unauthenticated('сеанс завершён; войдите снова');
  const account = await identity.accounts.findById(rotation.family.accountId);
  if (!account || account.status !== 'active') {
    await identity.sessions.revoke(parsed.familyId, 'account not active');
    throw new Unauthenticated('сеанс завершён; войдите снова');
  }
  const access = await identity.tokens.issue(account, parsed.familyId);
  return { accountId: account._id, accessToken: access.token, accessExpiresAt: access.expiresAt, refreshToken: next.token, refreshExpiresAt: rotation.family.expiresAt };
}

export async function endSession(identity: Identity, refreshToken: string, clientAddress: string): Promise<void> {
  const parsed = parseRefreshToken(refreshToken);
  if (!parsed) return;
  const family = await identity.sessions.find(parsed.familyId);
  if (!family || family.currentTokenHash !== parsed.hash) return;
  await identity.sessions.revoke(parsed.familyId, 'logged out');
  await identity.audit.record({ action: 'session.ended', actorAccountId: family.accountId, subjectId: family.accountId, schoolId: '', clientAddress, details: '' });
}

export async function changePassword(identity: Identity, login: string, current: string, next: string, clientAddress: string): Promise<void> {
  const account = await checkCredentials(identity, login, current, clientAddress);
  if (account.status !== 'active') throw new PermissionDenied('учётная запись заблокирована; обратитесь к администратору школы');
  checkPasswordPolicy(next, login);
  if (await verifyPassword(next, account.passwordHash)) throw new FailedPrecondition('новый пароль совпадает с прежним');
  const updated = await identity.accounts.update(account, { passwordHash: await hashPassword(next), mustChangePassword: false });
  if (!updated) throw new FailedPrecondition('учётная запись изменилась; повторите');
  await identity.sessions.revokeAll(account._id, 'password changed');
  await identity.audit.record({ action: 'password.changed', actorAccountId: account._id, subjectId: account._id, schoolId: '', clientAddress, details: '' });
}
