import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { InvalidArgument } from '@ejournal/kit';
import { isCommonPassword } from './common-passwords';

// Memory-hard hashing: scrypt with N=2^15, r=8 (32 MiB per hash).
const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

function scrypt(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(password.normalize('NFC'), salt, KEY_LENGTH, { ...options, maxmem: 128 * N * R * 2 }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** `scrypt$N$r$p$salt$hash` (base64url); the parameters travel with the hash so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
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

/** A hash to compare against when the login is unknown, so that both answers take the same time. */
export const UNKNOWN_ACCOUNT_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/**
 * Password policy: at least 12 characters (a passphrase of several words qualifies as it is), not a
 * common password, and not the login itself.
 */
export function checkPasswordPolicy(password: string, login: string): void {
  const length = [...password].length;
  const problems: string[] = [];
  if (length < 12) problems.push(`пароль должен быть не короче 12 символов (сейчас ${length}); подойдёт фраза из нескольких слов`);
  if (length > 256) problems.push('пароль длиннее 256 символов');
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
