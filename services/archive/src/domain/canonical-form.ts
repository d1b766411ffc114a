import { createHash } from 'node:crypto';

/**
 * The one byte form a record is hashed and signed in: JSON with every object's keys in UTF-16 code-unit
 * order, no whitespace, `undefined` and absent fields left out, numbers as JavaScript writes them
 * (the rules of RFC 8785, JSON Canonicalization Scheme, for the values a record holds: strings,
 * integers, decimals of marks' weights, booleans, arrays, objects). Anyone can rebuild it from the file.
 */
export function canonicalForm(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('a record holds finite numbers only');
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalForm(item))).join(',')}]`;
      const entries = Object.entries(value as Record<string, unknown>)
        .filter(([, field]) => field !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalForm(field)}`).join(',')}}`;
    }
    default:
      throw new TypeError(`a record cannot hold a ${typeof value}`);
  }
}

/** The SHA-256 of the value's canonical form, hex: a record's address. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(canonicalForm(value), 'utf8').digest('hex');
}
