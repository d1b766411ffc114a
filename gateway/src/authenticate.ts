import type { Principal } from '@ejournal/kit';
import type { RequestHandler } from 'express';
import type { AccessTokenVerifier } from './access-tokens';
import { Problem } from './problem';

/** Who calls a public route without a token: no grants at all. */
export const ANONYMOUS: Principal = { subject: 'anonymous', grants: [] };

function bearerToken(header: string | undefined): string | undefined {
  return /^Bearer ([A-Za-z0-9._-]+)$/.exec(header ?? '')?.[1];
}

/**
 * `Authorization: Bearer <access token>` is required (or, with optional, allowed). The verified
 * principal goes to res.locals.principal; without a token it is ANONYMOUS.
 */
export function authenticate(verifier: AccessTokenVerifier, mode: 'required' | 'optional' = 'required'): RequestHandler {
  const handler: RequestHandler = async (req, res, next) => {
    const token = bearerToken(req.get('authorization'));
    if (!token) {
      if (mode === 'optional') {
        res.locals.principal = ANONYMOUS;
        return next();
      }
      res.set('WWW-Authenticate', 'Bearer');
      throw new Problem(401, 'unauthenticated', 'Требуется вход', 'нужен заголовок Authorization: Bearer с токеном доступа');
    }
    const principal = await verifier.verify(token);
    if (!principal) {
      res.set('WWW-Authenticate', 'Bearer error="invalid_token"');
      throw new Problem(401, 'unauthenticated', 'Требуется вход', 'токен доступа недействителен, истёк или отозван; войдите снова');
    }
    res.locals.principal = principal;
    next();
  };
  // Tagged so that the API description knows which routes need a token.
  return Object.assign(handler, { authentication: mode });
}
