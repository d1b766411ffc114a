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

/** Field schemas with the messages a person reads (in Russian), for request bodies. */
export const field = {
  text: (label: string) => z.string({ error: `строка: ${label}` }),
  int: (label: string) => z.number({ error: `целое число: ${label}` }).int({ error: `целое число: ${label}` }),
  number: (label: string) => z.number({ error: `число: ${label}` }),
  flag: (label: string) => z.boolean({ error: `true или false: ${label}` }),
  date: (label: string) => z.string({ error: `дата ГГГГ-ММ-ДД: ${label}` }).refine(isIsoDate, { error: `дата ГГГГ-ММ-ДД: ${label}` }),
  list: <T extends z.ZodType>(item: T, label: string) => z.array(item, { error: `список: ${label}` }),
  oneOf: <const V extends readonly [string, ...string[]]>(values: V, label: string) => z.enum(values, { error: `${label}: одно из ${values.join(', ')}` }),
};
