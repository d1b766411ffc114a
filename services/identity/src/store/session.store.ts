import { addOutbox, updateAndRead, updateDocument, type PendingEvent, type WithOutbox } from '@ejournal/kit';
import mongoose from 'mongoose';
import { tokensRevoked } from '../events/tokens-revoked';

/**
 * A family of rotating refresh tokens: one log-in and every refresh after it. Only the newest
 * token's hash is current; presenting an older one means it was stolen or replayed, and the whole
 * family is revoked.
 */
export interface SessionFamily {
  _id: string;
  accountId: string;
  currentTokenHash: string;
  rotations: number;
  createdAt: Date;
  expiresAt: Date;
  revokedAt?: Date;
  revokedBecause?: string;
}

const familySchema = new mongoose.Schema<SessionFamily & WithOutbox>(
  {
    _id: { type: String, required: true },
    accountId: { type: String, required: true },
    currentTokenHash: { type: String, required: true },
    rotations: { type: Number, required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    revokedAt: Date,
    revokedBecause: String,
  },
  { collection: 'session_families', versionKey: false },
);
familySchema.index({ accountId: 1 });
addOutbox(familySchema);

export type Rotation = { outcome: 'rotated'; family: SessionFamily } | { outcome: 'reused' | 'revoked' | 'expired' | 'unknown' };

/** The family's outbox is the relay's business, not the caller's. */
const HIDDEN = { pendingEvents: 0, hasPendingEvents: 0 } as const;

export class SessionStore {
  readonly model: mongoose.Model<SessionFamily & WithOutbox>;

  constructor(connection: mongoose.Connection) {
    this.model = connection.model<SessionFamily & WithOutbox>('SessionFamily', familySchema);
  }

  async start(family: SessionFamily): Promise<void> {
    await this.model.create(family);
  }

  /** Replaces the current token by a new one, atomically; detects reuse of an older token. */
  async rotate(familyId: string, presentedHash: string, nextHash: string, now = new Date()): Promise<Rotation> {
    // One rotation at a time per family (the kit's writes of a document queue): a reused token must not rotate twice.
    // The family as it stands after the rotation, in the same round trip (null when the token was not the current one).
    const rotated = await updateAndRead<SessionFamily & WithOutbox>(this.model, { _id: familyId, currentTokenHash: presentedHash, revokedAt: null }, { $set: { currentTokenHash: nextHash }, $inc: { rotations: 1 } });
    if (rotated) {
      const { pendingEvents: _events, hasPendingEvents: _pending, ...family } = rotated; // its outbox is the relay's business
      if (family.expiresAt <= now) return { outcome: 'expired' };
      return { outcome: 'rotated', family };
    }
    const existing = await this.find(familyId);
    if (!existing) return { outcome: 'unknown' };
    if (existing.revokedAt) return { outcome: 'revoked' };
    await this.revoke(existing, 'refresh token reused', now);
    return { outcome: 'reused' };
  }

  async find(familyId: string): Promise<SessionFamily | null> {
    return this.model.findById(familyId, HIDDEN).lean<SessionFamily>();
  }

  /**
   * Ends one session: its refresh token stops working, and the event in the same write tells every
   * gateway to refuse the access tokens issued in it (log-out, a reused refresh token).
   */
  async revoke(family: Pick<SessionFamily, '_id' | 'accountId'>, because: string, now = new Date()): Promise<void> {
    const events: PendingEvent[] = [tokensRevoked(family.accountId, family._id, now)];
    await updateDocument(this.model, { _id: family._id, revokedAt: null }, { $set: { revokedAt: now, revokedBecause: because } }, events);
  }

  /**
   * Ends every session of an account (blocking, password change or reset). Their refresh tokens stop
   * working; the account's own revocation event stops its access tokens. Not a hot path.
   */
  async revokeAll(accountId: string, because: string, now = new Date()): Promise<void> {
    const families = await this.model.find({ accountId }, { _id: 1, revokedAt: 1 }).lean<Array<{ _id: string; revokedAt?: Date }>>();
    for (const family of families) {
      if (!family.revokedAt) await updateDocument(this.model, { _id: family._id, revokedAt: null }, { $set: { revokedAt: now, revokedBecause: because } });
    }
  }

  /** Sessions ended since a moment (for a gateway that starts: their access tokens may still be alive). */
  async revokedSince(since: Date): Promise<Array<{ _id: string; revokedAt: Date }>> {
    return this.model.find({ revokedAt: { $gte: since } }, { revokedAt: 1 }).lean<Array<{ _id: string; revokedAt: Date }>>();
  }
}
