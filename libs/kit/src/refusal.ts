import { NotFound, PermissionDenied, type DomainError } from './errors';
import { ACTION_TITLES, authorize, SEEN_THROUGH, type Action, type Resource } from './policy';
import type { Principal } from './principal';

/**
 * Why a caller is refused an action: PermissionDenied naming the missing right when the caller can see
 * the thing (through the action's SEEN_THROUGH right, on `seen` — by default the same resource), or
 * NotFound, exactly as for a thing that is not there, when they cannot.
 */
export function refusal(principal: Principal, action: Action, missing: string, seen?: Resource): DomainError {
  const seeing = SEEN_THROUGH[action];
  if (seeing && seen !== undefined && authorize(principal, seeing, seen)) return new PermissionDenied(`нет права «${ACTION_TITLES[action]}»`, { permission: action });
  return new NotFound(missing);
}

/** The check with its refusal: returns when allowed, throws `refusal` when not. */
export function ensureAllowed(principal: Principal, action: Action, resource: Resource, missing: string, seen: Resource = resource): void {
  if (!authorize(principal, action, resource)) throw refusal(principal, action, missing, seen);
}
