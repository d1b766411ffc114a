import { createHash } from 'node:crypto';

/**
 * A UUID derived from a name: the same name always gives the same id, so a repeated command or a
 * redelivered event writes the same documents again instead of new ones.
 */
export function derivedId(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}
