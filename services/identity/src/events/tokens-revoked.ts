import { toTimestamp } from '@ejournal/contracts';
import { pendingEvent, type PendingEvent } from '@ejournal/kit';

/** Why an account's tokens were refused (messaging tells the person of a reset). */
export type TokensRevokedReason = 'password-reset' | 'password-changed' | 'grant-removed' | 'session';

/** identity.tokens.revoked: access tokens of one session (or of the whole account, sessionId '') issued until `at` stop working. */
export function tokensRevoked(accountId: string, sessionId: string, at: Date, accountVersion = 0, why: { personId?: string; reason: TokensRevokedReason } = { reason: 'session' }): PendingEvent {
  return pendingEvent('identity.tokens.revoked', { schoolId: '', aggregateId: sessionId || accountId, aggregateVersion: accountVersion }, { accountId, sessionId, revokedAt: toTimestamp(at) as never, personId: why.personId ?? '', reason: why.reason });
}
