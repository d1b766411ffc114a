import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { Problem, sendProblem } from './problem';

/**
 * Requests per client address per minute. The counters live in each gateway instance: with N
 * instances behind a balancer the effective limit is up to N times higher (a shared store, e.g.
 * Redis, is the next step when that matters); the identity service's own throttling of failed
 * log-ins is shared through its database.
 */
export function rateLimited(perMinute: number, what: string): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => sendProblem(res, new Problem(429, 'too-many-requests', 'Слишком много запросов', `не больше ${perMinute} запросов в минуту ${what}; подождите`)),
  });
}
