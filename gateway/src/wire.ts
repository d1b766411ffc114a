import { fromTimestamp, type Timestamp__Output } from '@ejournal/contracts';

/**
 * A gRPC message as the REST API answers it: google.protobuf.Timestamp becomes an ISO 8601 string
 * (null stays null), and `version` (int64, a string from proto-loader) becomes a number. Everything
 * else (camelCase fields, enums by name, dates "YYYY-MM-DD") passes as it is.
 */
export type Json<T> = T extends Timestamp__Output
  ? string
  : T extends readonly (infer Item)[]
    ? Json<Item>[]
    : T extends object
      ? { [K in keyof T]: K extends 'version' ? number : Json<T[K]> }
      : T;

function isTimestamp(value: object): value is Timestamp__Output {
  const keys = Object.keys(value);
  return keys.length === 2 && 'seconds' in value && 'nanos' in value && typeof value.seconds === 'string' && typeof value.nanos === 'number';
}

function convert(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(convert);
  if (value === null || typeof value !== 'object') return value;
  if (isTimestamp(value)) return fromTimestamp(value)!.toISOString();
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, key === 'version' && typeof field === 'string' ? Number(field) : convert(field)]));
}

export function toJson<T>(message: T): Json<T> {
  return convert(message) as Json<T>;
}
