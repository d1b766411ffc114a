import type { RequestHandler, Response } from 'express';
import { z } from 'zod';
import { isIsoDate } from './params';
import { Problem } from './problem';

/** Parses a request body against its schema; a 400 problem names every field that is wrong. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new Problem(400, 'invalid-argument', 'Неверный запрос', 'тело запроса должно быть JSON-объектом (Content-Type: application/json)');
  }
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const errors = Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.') || '(тело)', issue.message]));
  throw new Problem(400, 'invalid-argument', 'Неверный запрос', `неверные поля: ${Object.keys(errors).join(', ')}`, errors);
}

/** A route's body schema, validated before its handler and described in the OpenAPI document from the same schema. */
export type BodyCheck<S extends z.ZodType = z.ZodType> = RequestHandler & { schema: S; optional: boolean };

/**
 * The route takes a JSON body of this schema: checked before the handler (400 naming each wrong field,
 * before any question of rights about the body's content); the handler reads it with bodyOf.
 * `optional`: an absent body counts as {}.
 */
export function accepts<S extends z.ZodType>(schema: S, options: { optional?: boolean } = {}): BodyCheck<S> {
  const check: RequestHandler = (req, res, next) => {
    res.locals.body = parseBody(schema, options.optional ? (req.body ?? {}) : req.body);
    next();
  };
  return Object.assign(check, { schema, optional: options.optional ?? false });
}

/** The body `accepts` checked, typed by its schema. */
export function bodyOf<S extends z.ZodType>(res: Response, _schema: S): z.infer<S> {
  return res.locals.body as z.infer<S>;
}

/** The longest string any JSON body may carry (the longest text field, homework, is 2,000 characters). */
export const LONGEST_STRING = 10_000;

/**
 * Refuses a JSON body with an over-long string anywhere in it, before any schema or check looks at it
 * (a check that is slow on long input never sees one).
 */
export function capStrings(max = LONGEST_STRING): RequestHandler {
  const tooLong = (value: unknown, path: string): string | undefined => {
    if (typeof value === 'string') return value.length > max ? path || '(тело)' : undefined;
    if (Array.isArray(value)) return value.map((item, index) => tooLong(item, `${path}[${index}]`)).find(Boolean);
    if (value && typeof value === 'object') return Object.entries(value).map(([key, item]) => tooLong(item, path ? `${path}.${key}` : key)).find(Boolean);
    return undefined;
  };
  return (req, _res, next) => {
    const field = req.is('application/json') ? tooLong(req.body, '') : undefined;
    next(field ? new Problem(400, 'invalid-argument', 'Неверный запрос', `поле ${field} длиннее ${max} символов`, { [field]: `не длиннее ${max} символов` }) : undefined);
  };
}

/** Field schemas with the messages a person reads (in Russian), for request bodies; every string has a length cap. */
export const field = {
  text: (label: string, max = 2_000) => z.string({ error: `строка: ${label}` }).max(max, { error: `${label}: не длиннее ${max} символов` }).describe(label),
  /** An id (UUID, or a regional subject's short id). */
  id: (label: string) => z.string({ error: `строка: ${label}` }).max(64, { error: `${label}: идентификатор` }).describe(`${label} (идентификатор)`),
  /** A member of staff, by their person id (not their account id): the people list of the school gives it. */
  teacher: (label: string) =>
    z
      .string({ error: `строка: ${label}` })
      .max(64, { error: `${label}: идентификатор` })
      .describe(`${label}: id человека-сотрудника (person.id из GET /api/v1/schools/{schoolId}/people?kind=staff), не id учётной записи`),
  name: (label: string) => z.string({ error: `строка: ${label}` }).max(64, { error: `${label}: не длиннее 64 символов` }).describe(label),
  login: () => z.string({ error: 'строка: логин' }).max(64, { error: 'логин: не длиннее 64 символов' }).describe('логин'),
  password: (label = 'пароль') => z.string({ error: `строка: ${label}` }).max(256, { error: `${label}: не длиннее 256 символов` }).describe(label),
  /** An invitation or reset code (15 characters and dashes, as printed). */
  code: (label: string) => z.string({ error: `строка: ${label}` }).max(40, { error: `${label}: не длиннее 40 символов` }).describe(label),
  int: (label: string) => z.number({ error: `целое число: ${label}` }).int({ error: `целое число: ${label}` }).describe(label),
  number: (label: string) => z.number({ error: `число: ${label}` }).describe(label),
  flag: (label: string) => z.boolean({ error: `true или false: ${label}` }).describe(label),
  date: (label: string) => z.iso.date({ error: `дата ГГГГ-ММ-ДД: ${label}` }).refine(isIsoDate, { error: `дата ГГГГ-ММ-ДД: ${label}` }).describe(label),
  list: <T extends z.ZodType>(item: T, label: string) => z.array(item, { error: `список: ${label}` }).describe(label),
  oneOf: <const V extends readonly [string, ...string[]]>(values: V, label: string) => z.enum(values, { error: `${label}: одно из ${values.join(', ')}` }).describe(label),
};
