import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { InvalidArgument } from '@ejournal/kit';
import { isCommonPassword } from './common-passwords';

// Memory-hard hashing: scrypt with N=2^15, r=8, p=3 (32 MiB per hash) — one of OWASP's equivalent
// minimum settings (Password Storage Cheat Sheet: N=2^17,p=1 … N=2^15,p=3 … N=2^13,p=10).
const R = 8;
const P = 3;
const KEY_LENGTH = 32;
/** log2 of N for new hashes: 15 in every region (config.ts); the system tests' own platforms use less. */
let logN = 15;

/**
 * Sets the cost of new hashes (PASSWORD_SCRYPT_LOG_N, read once at start). Hashes keep their own
 * parameters, so one made at another cost still verifies — and is made again at the next log-in.
 */
export function setHashingCost(log2N: number): void {
  logN = log2N;
}

function scrypt(password: string, salt: Buffer, options: Required<Pick<ScryptOptions, 'N' | 'r' | 'p'>>): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(password.normalize('NFC'), salt, KEY_LENGTH, { ...options, maxmem: 128 * options.N * options.r * 2 }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** `scrypt$N$r$p$salt$hash` (base64url); the parameters travel with the hash so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const N = 2 ** logN;
  const key = await scrypt(password, salt, { N, r: R, p: P });
  return ['scrypt', N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt') return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await scrypt(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** What an account's password is while a reset waits for its code: no password matches it. */
export const UNUSABLE_PASSWORD_HASH = 'reset$';

/** A reset's one-time code is good for three days (time to reach the person on paper). */
export const PASSWORD_RESET_HOURS = 72;

/** A hash to compare against when the login is unknown, so that both answers take the same time. */
export function unknownAccountHash(): string {
  return `scrypt$${2 ** logN}$${R}$${P}$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`;
}

/** A hash made with weaker parameters than today's: rehash it at the next successful log-in. */
export function needsRehash(stored: string): boolean {
  const [scheme, n, r, p] = stored.split('$');
  return scheme === 'scrypt' && (Number(n) < 2 ** logN || Number(r) < R || Number(p) < P);
}

/**
 * Password policy: at least 12 characters (a passphrase of several words qualifies as it is), not a
 * common password, and not the login itself.
 */
export function checkPasswordPolicy(password: string, login: string): void {
  const length = [...password].length;
  // Too long first: nothing else looks at an over-long password.
  if (length > 256) throw new InvalidArgument('пароль длиннее 256 символов', { password: 'не длиннее 256 символов' });
  const problems: string[] = [];
  if (length < 12) problems.push(`пароль должен быть не короче 12 символов (сейчас ${length}); подойдёт фраза из нескольких слов`);
  if (isCommonPassword(password)) problems.push('этот пароль слишком распространён; выберите другой');
  if (password.toLowerCase().includes(login.toLowerCase()) && login.length >= 4) problems.push('пароль не должен содержать логин');
  if (problems.length > 0) throw new InvalidArgument(problems.join('; '), { password: problems.join('; ') });
}

const TEMPORARY_ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A one-time temporary password (16 characters, ~92 bits), to be changed at first log-in. */
export function temporaryPassword(): string {
  const bytes = randomBytes(16);
  return [...bytes].map((b) => TEMPORARY_ALPHABET[b % TEMPORARY_ALPHABET.length]).join('');
}
