import { authorize, POLICY, type Action, type Principal, type Resource } from '@ejournal/kit';
import type { Request, RequestHandler } from 'express';
import { Problem } from './problem';

/**
 * The gateway's check through the policy, before a call is forwarded (the service checks again on
 * its own data). When the request itself places the resource (a school in the path or body), the
 * check is exact; otherwise the caller must hold a role that may do the action somewhere. A refusal
 * looks like a missing object where the request names one.
 */
export function permit(action: Action, resourceOf?: (req: Request) => Resource): RequestHandler {
  return (req, res, next) => {
    const principal = res.locals.principal as Principal;
    const resource = resourceOf?.(req);
    const allowed = resource
      ? authorize(principal, action, resource)
      : principal.grants.some((grant) => grant.role !== 'service' && POLICY[action][grant.role] !== 'deny');
    if (allowed) return next();
    if (req.method === 'GET' || Object.keys(req.params).length > 0) throw new Problem(404, 'not-found', 'Не найдено', 'такого ресурса нет');
    throw new Problem(403, 'permission-denied', 'Недостаточно прав', 'это действие вам недоступно');
  };
}
