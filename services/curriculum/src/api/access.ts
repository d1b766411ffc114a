import { authorize, callingService, InvalidArgument, NotFound, refusal, type Action, type Principal, type Resource } from '@ejournal/kit';
import { isUuid } from '../domain/ids';

/** The services that read curriculum's data for their own work (the diary's full export, messaging's letters, the archive's closed records; topology.ts). */
const READING_SERVICES = ['diary', 'messaging', 'archive'];

/**
 * The service's own check through the policy, on its own data. A service that reads curriculum for its
 * own work may read everything; a caller who may not see the thing is told it does not exist, exactly like a caller asking
 * for something that is not there; one who sees it but may not change it is told which right is missing.
 */
export function allow(principal: Principal, action: Action, resource: Resource, missing: string): void {
  if (action.endsWith('.read') && READING_SERVICES.includes(callingService(principal) ?? '')) return;
  if (!authorize(principal, action, resource)) throw refusal(principal, action, missing, resource);
}

/** A required id in a request: InvalidArgument when empty, NotFound when it cannot be an id at all. */
export function requiredId(value: string | undefined, field: string, missing: string, format: 'uuid' | 'any' = 'uuid'): string {
  const id = (value ?? '').trim();
  if (!id) throw new InvalidArgument(`не указано поле ${field}`, { [field]: 'обязательное поле' });
  if (format === 'uuid' && !isUuid(id)) throw new NotFound(missing);
  return id;
}
