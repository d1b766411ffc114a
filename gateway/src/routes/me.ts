import type { Grant, Principal } from '@ejournal/kit';
import { Router } from 'express';

/** The ids that say where a grant applies. */
const SCOPE_FIELDS = ['schoolId', 'classId', 'groupId', 'subjectId', 'childId', 'personId'] as const;

/** A grant as the caller is told of it: the role and the scope ids it has, nothing else. */
function grantView(grant: Grant) {
  return { role: grant.role, ...Object.fromEntries(SCOPE_FIELDS.filter((field) => grant[field] !== undefined).map((field) => [field, grant[field]])) };
}

/** Who the caller is, from the verified access token alone (no service is asked): any role may ask. */
export function meRoutes(): Router {
  const router = Router();
  router.get('/me', (_req, res) => {
    const principal = res.locals.principal as Principal;
    res.set('Cache-Control', 'no-store').json({ accountId: principal.subject, personId: principal.personId ?? null, grants: principal.grants.map(grantView) });
  });
  return router;
}
