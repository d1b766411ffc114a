import { randomUUID } from 'node:crypto';
import { FailedPrecondition, PermissionDenied, ResourceExhausted, Unauthenticated, type Grant } from '@ejournal/kit';
import type { Identity } from '../identity';
import { checkPasswordPolicy, hashPassword, needsRehash, unknownAccountHash, verifyPassword } from '../domain/passwords';
import type { Account } from '../store/account.store';
import type { Person } from '../store/person.store';
import type { ThrottleRule } from '../store/throttle.store';
import { invitationCodeKey } from '../domain/invitation-codes';
import { grantsHeld } from '../domain/grants';
import { newRefreshToken, parseRefreshToken, REFRESH_TOKEN_DAYS } from './access-tokens';

/** Failed log-ins of one login from one address: 5 in 15 minutes lock that pair for 15 minutes (doubling while it goes on). */
export const PER_LOGIN_AND_ADDRESS: ThrottleRule = { limit: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
/** …of one login from anywhere: 20 (guessing spread over many addresses); the administrator can lift it. */
export const PER_LOGIN: ThrottleRule = { limit: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
/**
 * …from one address across logins: 300 in 15 minutes (password spraying). High, because a whole
 * school — or a region's network — may reach us from one address: its users' mistakes must not lock it.
 */
export const PER_ADDRESS: ThrottleRule = { limit: 300, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

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

/**
 * What a token carries: the account's own grants and those the school's structure gives its person —
 * the classes and subjects a teacher teaches, the class a class teacher leads (each once). `person`:
 * the account's person, when the caller has already read it.
 */
export async function grantsOf(identity: Identity, account: Account, person?: Person | null): Promise<Grant[]> {
  const derived = await identity.derivedGrants.of(account.personId);
  return grantsHeld(account.grants, derived.length ? (person !== undefined ? person : await identity.people.find(account.personId)) : null, derived);
}

/** Starts a new session family for an account: an access token and the first refresh token. */
export async function startSession(identity: Identity, account: Account, now = new Date()): Promise<IssuedSession> {
  const familyId = randomUUID();
  const refresh = newRefreshToken(familyId);
  const refreshExpiresAt = new Date(now.getTime() + REFRESH_TOKEN_DAYS * 86_400_000);
  await identity.sessions.start({ _id: familyId, accountId: account._id, currentTokenHash: refresh.hash, rotations: 0, createdAt: now, expiresAt: refreshExpiresAt });
  const access = await identity.tokens.issue({ ...account, grants: await grantsOf(identity, account) }, familyId, now);
  return { accountId: account._id, accessToken: access.token, accessExpiresAt: access.expiresAt, refreshToken: refresh.token, refreshExpiresAt };
}

/**
 * Checks a login and password with throttling per login and per client address; the answer for an
 * unknown login and for a wrong password is the same, and takes the same time.
 */
export async function checkCredentials(identity: Identity, login: string, password: string, clientAddress: string): Promise<Account> {
  const keys = { pair: `pair:${login}:${clientAddress}`, login: `login:${login}`, address: `address:${clientAddress}` };
  // Every attempt takes its place before the (slow) hash is checked: parallel guesses cannot slip past the limit.
  const locked =
    (await identity.throttles.take(keys.pair, PER_LOGIN_AND_ADDRESS)) ?? (await identity.throttles.take(keys.login, PER_LOGIN)) ?? (await identity.throttles.take(keys.address, PER_ADDRESS));
  if (locked) {
    await identity.audit.record({ action: 'login.throttled', actorAccountId: '', subjectId: '', schoolId: '', clientAddress, details: '' });
    throw new ResourceExhausted(`слишком много неудачных попыток входа; вход возможен после ${untilText(locked)} (мск) или после разблокировки администратором`);
  }
  const account = await identity.accounts.findByLogin(login);
  const matches = await verifyPassword(password, account?.passwordHash ?? unknownAccountHash());
  if (!account || !matches) {
    await identity.audit.record({ action: 'login.failed', actorAccountId: '', subjectId: account?._id ?? '', schoolId: '', clientAddress, details: '' });
    throw new Unauthenticated(BAD_CREDENTIALS);
  }
  await identity.throttles.clear(keys.pair);
  await identity.throttles.clear(keys.login);
  await identity.throttles.giveBack(keys.address);
  if (needsRehash(account.passwordHash)) {
    const passwordHash = await hashPassword(password);
    await identity.accounts.change(account._id, (current) => (current.passwordHash === account.passwordHash ? { changes: { passwordHash } } : null));
  }
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
    await identity.sessions.revoke(rotation.family, 'account not active');
    throw new Unauthenticated('сеанс завершён; войдите снова');
  }
  const access = await identity.tokens.issue({ ...account, grants: await grantsOf(identity, account) }, parsed.familyId);
  return { accountId: account._id, accessToken: access.token, accessExpiresAt: access.expiresAt, refreshToken: next.token, refreshExpiresAt: rotation.family.expiresAt };
}

export async function endSession(identity: Identity, refreshToken: string, clientAddress: string): Promise<void> {
  const parsed = parseRefreshToken(refreshToken);
  if (!parsed) return;
  const family = await identity.sessions.find(parsed.familyId);
  if (!family || family.currentTokenHash !== parsed.hash) return;
  await identity.sessions.revoke(family, 'logged out');
  await identity.audit.record({ action: 'session.ended', actorAccountId: family.accountId, subjectId: family.accountId, schoolId: '', clientAddress, details: '' });
}

/** Wrong reset codes from one address: 10 in 15 minutes lock it (as wrong invitation codes do). */
const RESET_PER_ADDRESS: ThrottleRule = { limit: 10, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

/** The person sets their own password with the one-time code of a reset (from the sheet the administrator printed). */
export async function completePasswordReset(identity: Identity, login: string, code: string, next: string, clientAddress: string): Promise<void> {
  const addressKey = `reset:${clientAddress}`;
  if (await identity.throttles.take(addressKey, RESET_PER_ADDRESS)) throw new ResourceExhausted('слишком много неверных кодов с этого адреса; попробуйте через 15 минут');
  const reset = await identity.passwordResets.find(invitationCodeKey(code));
  const account = reset ? await identity.accounts.findById(reset.accountId) : null;
  const refused = 'код сброса пароля не подходит: проверьте логин и код или попросите администратора выдать новый';
  if (!reset || !account || account.login !== login || reset.usedAt || reset.expiresAt <= new Date()) {
    await identity.audit.record({ action: 'login.failed', actorAccountId: '', subjectId: account?._id ?? '', schoolId: '', clientAddress, details: 'password reset code refused' });
    throw new FailedPrecondition(refused);
  }
  if (account.status !== 'active') throw new PermissionDenied('учётная запись заблокирована; обратитесь к администратору школы');
  checkPasswordPolicy(next, login);
  const passwordHash = await hashPassword(next);
  if (!(await identity.passwordResets.use(reset._id))) throw new FailedPrecondition(refused);
  await identity.accounts.change(account._id, () => ({ changes: { passwordHash, mustChangePassword: false } }));
  await identity.sessions.revokeAll(account._id, 'password reset completed');
  await identity.throttles.giveBack(addressKey);
  await identity.throttles.clear(`login:${login}`);
  await identity.audit.record({ action: 'password.reset-completed', actorAccountId: account._id, subjectId: account._id, schoolId: '', clientAddress, details: `reset by ${reset.issuedBy}` });
}

export async function changePassword(identity: Identity, login: string, current: string, next: string, clientAddress: string): Promise<void> {
  const account = await checkCredentials(identity, login, current, clientAddress);
  if (account.status !== 'active') throw new PermissionDenied('учётная запись заблокирована; обратитесь к администратору школы');
  checkPasswordPolicy(next, login);
  if (await verifyPassword(next, account.passwordHash)) throw new FailedPrecondition('новый пароль совпадает с прежним');
  await identity.accounts.update(account, { passwordHash: await hashPassword(next), mustChangePassword: false });
  await identity.sessions.revokeAll(account._id, 'password changed');
  await identity.accounts.revokeTokens(account._id, 'password-changed');
  await identity.audit.record({ action: 'password.changed', actorAccountId: account._id, subjectId: account._id, schoolId: '', clientAddress, details: '' });
}
