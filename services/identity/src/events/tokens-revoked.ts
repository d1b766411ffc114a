import { toTimestamp } from '@ejournal/contracts';
import { pendingEvent, type PendingEvent } from '@ejournal/kit';

/** identity.tokens.revoked: access tokens of one session (or of the whole account, sessionId '') issued until `at` stop working. */
export function tokensRevoked(accountId: string, sessionId: string, at: Date, accountVersion = 0): PendingEvent {
  return pendingEvent('identity.tokens.revoked', { schoolId: '', aggregateId: sessionId || accountId, aggregateVersion: accountVersion }, { accountId, sessionId, revokedAt: toTimestamp(at) as never });
}
