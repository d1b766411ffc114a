/**
 * Whose access tokens must stop working before they expire, kept in memory by every gateway instance
 * from identity's events (identity.account.revoked, identity.tokens.revoked) and loaded from identity
 * at start: an account blocked, its tokens revoked (password changed or reset, a role removed), or one
 * session ended (log-out, a reused refresh token). A token issued at or before the moment is refused.
 */
export class RevocationList {
  private readonly accounts = new Map<string, number>();
  private readonly sessions = new Map<string, number>();

  revoke(accountId: string, at: Date): void {
    this.accounts.set(accountId, Math.max(this.accounts.get(accountId) ?? 0, at.getTime()));
  }

  revokeSession(sessionId: string, at: Date): void {
    this.sessions.set(sessionId, Math.max(this.sessions.get(sessionId) ?? 0, at.getTime()));
  }

  /** issuedAtMs: when the token was issued, in milliseconds (its `ims` claim). */
  isRevoked(accountId: string, issuedAtMs: number, sessionId = ''): boolean {
    const account = this.accounts.get(accountId);
    const session = sessionId ? this.sessions.get(sessionId) : undefined;
    return (account !== undefined && issuedAtMs <= account) || (session !== undefined && issuedAtMs <= session);
  }

  /** Forgets what no living token can be affected by any more (older than a token's lifetime). */
  forgetBefore(cutoff: Date): void {
    for (const map of [this.accounts, this.sessions]) for (const [id, at] of map) if (at < cutoff.getTime()) map.delete(id);
  }
}
