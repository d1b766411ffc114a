import { toTimestamp } from '@ejournal/contracts';
import { pendingEvent, type PendingEvent } from '@ejournal/kit';

/** identity.account.revoked: gateways refuse the account's tokens from now on; messaging tells the person. Ids only. */
export function accountRevoked(accountId: string, personId: string, version: number, revokedAt: Date): PendingEvent {
  return pendingEvent('identity.account.revoked', { schoolId: '', aggregateId: accountId, aggregateVersion: version }, { accountId, personId, revokedAt: toTimestamp(revokedAt) as never }, revokedAt);
}
