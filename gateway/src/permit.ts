import { ACTION_TITLES, authorize, POLICY, SEEN_THROUGH, type Action, type Principal, type Resource } from '@ejournal/kit';
import type { Request, RequestHandler } from 'express';
import { Problem } from './problem';

/** A caller who holds a role that may do the action somewhere. */
const maySomewhere = (principal: Principal, action: Action) => principal.grants.some((grant) => grant.role !== 'service' && POLICY[action][grant.role] !== 'deny');
/** A member of staff who sees such things somewhere (families see their child's data, never a school's objects). */
const seesSomewhere = (principal: Principal, action: Action) => principal.grants.some((grant) => grant.role !== 'service' && ['region', 'school', 'class', 'subject'].includes(POLICY[action][grant.role]));

/** 403 naming the missing right (the `permission` member of the problem document). */
export const permissionDenied = (action: Action) => new Problem(403, 'permission-denied', 'Недостаточно прав', `нет права «${ACTION_TITLES[action]}»`, { permission: action });

/**
 * The gateway's check through the policy, before a call is forwarded (the service checks again on
 * its own data). When the request itself places the resource (a school in the path), the check is
 * exact; otherwise the caller must hold a role that may do the action somewhere — or one that sees
 * what it changes (SEEN_THROUGH), so that the service, which knows the object, can say 403 or 404.
 * A refusal says 403 and the missing right where the caller can see the object, and looks like a
 * missing object where they cannot.
 */
export function permit(action: Action, resourceOf?: (req: Request) => Resource): RequestHandler {
  const handler: RequestHandler = (req, res, next) => {
    const principal = res.locals.principal as Principal;
    const resource = resourceOf?.(req);
    const seeing = SEEN_THROUGH[action];
    if (resource ? authorize(principal, action, resource) : maySomewhere(principal, action)) return next();
    if (seeing && (resource ? authorize(principal, seeing, resource) : seesSomewhere(principal, seeing))) {
      if (resource) throw permissionDenied(action);
      return next();
    }
    if (req.method === 'GET' || Object.keys(req.params).length > 0) throw new Problem(404, 'not-found', 'Не найдено', 'такого ресурса нет');
    throw permissionDenied(action);
  };
  return Object.assign(handler, { action });
}
