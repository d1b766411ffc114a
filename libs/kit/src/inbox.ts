import mongoose from 'mongoose';
import { INSTANCE_ID, instancesModel, LIVENESS_STALE_MS } from './liveness';
import { isDuplicateKey } from './mongo';

/** What the inbox says about an incoming event. */
export type Claim = 'claimed' | 'duplicate' | 'busy';

interface InboxEntry {
  _id: string;
  state: 'processing' | 'done';
  claimedAt: Date;
  /** The instance handling it (liveness.ts). */
  claimer?: string;
  doneAt?: Date;
}

const inboxSchema = new mongoose.Schema<InboxEntry>(
  { _id: { type: String }, state: { type: String, required: true }, claimedAt: { type: Date, required: true }, claimer: String, doneAt: Date },
  { collection: 'inbox', versionKey: false },
);

/**
 * Deduplicates consumed events by their id with a unique key (never check-then-insert): an event is
 * claimed by inserting its id; a second insert of the same id fails. A claim left by a consumer that
 * died is taken over as soon as its instance falls silent (liveness.ts), or — for an instance that
 * never said it was alive — once the claim is older than `staleAfterMs`; by a compare-and-set on it.
 */
export class Inbox {
  /** Claims this instance is working on right now (a claim of ours not in here was left by a failure). */
  private static readonly working = new Set<string>();
  private readonly model: mongoose.Model<InboxEntry>;
  private readonly instances: ReturnType<typeof instancesModel>;

  constructor(
    connection: mongoose.Connection,
    private readonly consumer: string,
    private readonly staleAfterMs = 30_000,
  ) {
    this.model = connection.models.Inbox ?? connection.model<InboxEntry>('Inbox', inboxSchema);
    this.instances = instancesModel(connection);
  }

  /** Whether the instance that made a claim can no longer be handling it. */
  private async abandoned(entry: InboxEntry, now: Date): Promise<boolean> {
    const claimedLongAgo = now.getTime() - entry.claimedAt.getTime() >= this.staleAfterMs;
    if (entry.claimer === INSTANCE_ID) return !Inbox.working.has(entry._id);
    if (!entry.claimer) return claimedLongAgo;
    const beat = await this.instances.findById(entry.claimer).lean<{ seenAt: Date }>();
    return beat ? now.getTime() - beat.seenAt.getTime() > LIVENESS_STALE_MS : claimedLongAgo;
  }

  private key(eventId: string): string {
    return `${this.consumer}:${eventId}`;
  }

  async claim(eventId: string, now = new Date()): Promise<Claim> {
    const _id = this.key(eventId);
    try {
      await this.model.create({ _id, state: 'processing', claimedAt: now, claimer: INSTANCE_ID });
      Inbox.working.add(_id);
      return 'claimed';
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    const entry = await this.model.findById(_id).lean();
    if (!entry) return this.claim(eventId, now); // released between our insert and read
    if (entry.state === 'done') return 'duplicate';
    if (!(await this.abandoned(entry, now))) return 'busy';
    const takeover = await this.model.updateOne({ _id, state: 'processing', claimedAt: entry.claimedAt }, { $set: { claimedAt: now, claimer: INSTANCE_ID } });
    if (takeover.modifiedCount !== 1) return 'busy';
    Inbox.working.add(_id);
    return 'claimed';
  }

  async complete(eventId: string): Promise<void> {
    try {
      await this.model.updateOne({ _id: this.key(eventId) }, { $set: { state: 'done', doneAt: new Date() } });
    } finally {
      Inbox.working.delete(this.key(eventId));
    }
  }

  /** Gives a claim back after a failed attempt, so that the retry may claim it at once. */
  async release(eventId: string): Promise<void> {
    try {
      await this.model.deleteOne({ _id: this.key(eventId), state: 'processing' });
    } finally {
      Inbox.working.delete(this.key(eventId));
    }
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
