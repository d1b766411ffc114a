import { createHash, randomBytes } from 'node:crypto';

// Crockford's base32 without I, L, O, U: easy to read aloud and to type from paper.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A new invitation code: 15 characters (75 random bits), shown as XXXXX-XXXXX-XXXXX. */
export function newInvitationCode(): string {
  const bytes = randomBytes(15);
  const chars = [...bytes].map((b) => ALPHABET[b & 31]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5, 10)}-${chars.slice(10)}`;
}

/** Codes are stored only as a hash; what the person typed is folded first (case, dashes, spaces, O→0, I/L→1). */
export function invitationCodeKey(code: string): string {
  const folded = (code ?? '').toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return createHash('sha256').update(folded).digest('hex');
}
