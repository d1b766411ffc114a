import type { Grant, Principal } from '@ejournal/kit';
import type { RequestHandler } from 'express';
import { importSPKI, jwtVerify, type KeyLike } from 'jose';
import { z } from 'zod';
import { Problem } from './problem';

const grantSchema = z.object({
  role: z.enum(['region_operator', 'school_admin', 'director', 'deputy_director', 'subject_teacher', 'class_teacher', 'parent', 'interested_person', 'student']),
  schoolId: z.string().optional(),
  classId: z.string().optional(),
  groupId: z.string().optional(),
  subjectId: z.string().optional(),
  childId: z.string().optional(),
});
const claimsSchema = z.object({ sub: z.string().min(1), grants: z.array(grantSchema) });

export interface TokenVerification {
  publicKeyPem: string;
  issuer: string;
  audience: string;
}

/**
 * Every request but the public ones carries `Authorization: Bearer <access token>` (ES256 JWT with
 * the account id and its grants). The verified principal is put in res.locals.principal.
 */
export async function authenticate(verification: TokenVerification): Promise<RequestHandler> {
  const key: KeyLike = await importSPKI(verification.publicKeyPem, 'ES256');
  return async (req, res, next) => {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer ([A-Za-z0-9._-]+)$/.exec(header);
    if (!match) {
      res.set('WWW-Authenticate', 'Bearer');
      throw new Problem(401, 'unauthenticated', 'Требуется вход', 'нужен заголовок Authorization: Bearer с токеном доступа');
    }
    let claims: z.infer<typeof claimsSchema>;
    try {
      const { payload } = await jwtVerify(match[1], key, { issuer: verification.issuer, audience: verification.audience, algorithms: ['ES256'] });
      claims = claimsSchema.parse(payload);
    } catch {
      res.set('WWW-Authenticate', 'Bearer error="invalid_token"');
      throw new Problem(401, 'unauthenticated', 'Требуется вход', 'токен доступа недействителен или истёк');
    }
    const principal: Principal = { subject: claims.sub, grants: claims.grants as Grant[] };
    res.locals.principal = principal;
    next();
  };
}
