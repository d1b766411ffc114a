import mongoose from 'mongoose';
import { isDuplicateKey } from './mongo';

/** What the inbox says about an incoming event. */
export type Claim = 'claimed' | 'duplicate' | 'busy';

interface InboxEntry {
  _id: string;
  state: 'processing' | 'done';
  claimedAt: Date;
  doneAt?: Date;
}

const inboxSchema = new mongoose.Schema<InboxEntry>(
  { _id: { type: String }, state: { type: String, required: true }, claimedAt: { type: Date, required: true }, doneAt: Date },
  { collection: 'inbox', versionKey: false },
);

/**
 * Deduplicates consumed events by their id with a unique key (never check-then-insert): an event is
 * claimed by inserting its id; a second insert of the same id fails. A claim left by a consumer that
 * died is taken over once it is older than `staleAfterMs`, by a compare-and-set on its claim time.
 */
export class Inbox {
  private readonly model: mongoose.Model<InboxEntry>;

  constructor(
    connection: mongoose.Connection,
    private readonly consumer: string,
    private readonly staleAfterMs = 30_000,
  ) {
    this.model = connection.models.Inbox ?? connection.model<InboxEntry>('Inbox', inboxSchema);
  }

  private key(eventId: string): string {
    return `${this.consumer}:${eventId}`;
  }

  async claim(eventId: string, now = new Date()): Promise<Claim> {
    const _id = this.key(eventId);
    try {
      await this.model.create({ _id, state: 'processing', claimedAt: now });
      return 'claimed';
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    const entry = await this.model.findById(_id).lean();
    if (!entry) return this.claim(eventId, now); // released between our insert and read
    if (entry.state === 'done') return 'duplicate';
    if (now.getTime() - entry.claimedAt.getTime() < this.staleAfterMs) return 'busy';
    const takeover = await this.model.updateOne({ _id, state: 'processing', claimedAt: entry.claimedAt }, { $set: { claimedAt: now } });
    return takeover.modifiedCount === 1 ? 'claimed' : 'busy';
  }

  async complete(eventId: string): Promise<void> {
    await this.model.updateOne({ _id: this.key(eventId) }, { $set: { state: 'done', doneAt: new Date() } });
  }

  /** Gives a claim back after a failed attempt, so that the retry may claim it at once. */
  async release(eventId: string): Promise<void> {
    await this.model.deleteOne({ _id: this.key(eventId), state: 'processing' });
  }

  /**
   * Forgets handled events older than a cutoff (no TTL indexes on FerretDB). Run in the background,
   * daily; the cutoff must be far beyond any redelivery (days, not minutes).
   */
  async sweep(handledBefore: Date): Promise<number> {
    const result = await this.model.deleteMany({ state: 'done', doneAt: { $lt: handledBefore } });
    return result.deletedCount;
  }
}
