import * as protobuf from 'protobufjs';
import { protoRoot } from './proto';

/** The services' .proto files: the messages their gRPC methods answer with. */
const SERVICE_PROTO_FILES = ['identity', 'curriculum', 'gradebook', 'attendance', 'diary', 'messaging', 'archive', 'reports'].map((service) => `ejournal/${service}/v1/${service}.proto`);

const serviceRoot = () => protoRoot(SERVICE_PROTO_FILES);

type JsonSchema = Record<string, unknown>;
const LONGS = new Set(['int64', 'uint64', 'sint64', 'fixed64', 'sfixed64']);
const INTEGERS = new Set(['int32', 'uint32', 'sint32', 'fixed32', 'sfixed32']);

/** A field's value as the loader renders it (LOADER_OPTIONS: camelCase, enums by name, longs as strings). */
function valueSchema(field: protobuf.Field, refer: (type: protobuf.Type) => JsonSchema): JsonSchema {
  const resolved = field.resolvedType;
  if (resolved instanceof protobuf.Enum) return { type: 'string', enum: Object.keys(resolved.values) };
  // The gateway answers times as ISO 8601 strings.
  if (resolved instanceof protobuf.Type && resolved.fullName === '.google.protobuf.Timestamp') return { type: 'string', format: 'date-time' };
  if (resolved instanceof protobuf.Type) return refer(resolved);
  if (LONGS.has(field.type)) return { type: ['string', 'integer'], description: '64-битное целое' };
  if (INTEGERS.has(field.type)) return { type: 'integer' };
  if (field.type === 'double' || field.type === 'float') return { type: 'number' };
  if (field.type === 'bool') return { type: 'boolean' };
  return { type: 'string' };
}

/**
 * JSON Schemas of proto messages, by full name (ejournal.gradebook.v1.JournalPage), and of every message
 * they contain, for an OpenAPI document's components (each message refers to the others by $ref).
 */
/** Fields for the gateway alone, which it takes off before answering (the diary's PageKeeping): not in the public API. */
export const GATEWAY_ONLY_FIELDS: Record<string, string[]> = { 'ejournal.diary.v1.WeekPage': ['keeping'] };

export function messageSchemas(fullNames: string[], refPrefix = '#/components/schemas/'): Record<string, JsonSchema> {
  const schemas: Record<string, JsonSchema> = {};
  const pending = [...fullNames];
  const nameOf = (type: protobuf.Type) => type.fullName.replace(/^\./, '');
  const refer = (type: protobuf.Type) => {
    if (!(nameOf(type) in schemas)) pending.push(nameOf(type));
    return { $ref: `${refPrefix}${nameOf(type)}` };
  };
  while (pending.length) {
    const name = pending.pop()!;
    if (name in schemas) continue;
    const type = serviceRoot().lookupType(name);
    schemas[name] = {};
    const properties = Object.fromEntries(
      type.fieldsArray.filter((field) => !GATEWAY_ONLY_FIELDS[name]?.includes(field.name)).map((field) => {
        const value = valueSchema(field, refer);
        if (field.map) return [field.name, { type: 'object', additionalProperties: value }];
        return [field.name, field.repeated ? { type: 'array', items: value } : value];
      }),
    );
    schemas[name] = { type: 'object', description: `сообщение ${name}`, properties };
  }
  return schemas;
}
