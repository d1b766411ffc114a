import type { z } from 'zod';
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
