/**
 * Accounts whose sessions must stop: kept in memory by every gateway instance from
 * identity.account.revoked events (and loaded from identity at start). A token issued at or before
 * the revocation is refused.
 */
export class RevocationList {
  private readonly revokedAt = new Map<string, number>();

  revoke(accountId: string, at: Date): void {
    const previous = this.revokedAt.get(accountId) ?? 0;
    this.revokedAt.set(accountId, Math.max(previous, at.getTime()));
  }

  /** issuedAt in seconds, as in the token's iat. */
  isRevoked(accountId: string, issuedAtSeconds: number): boolean {
    const at = this.revokedAt.get(accountId);
    return at !== undefined && issuedAtSeconds * 1000 <= at + 999;
  }
}
