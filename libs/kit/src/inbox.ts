import mongoose from 'mongoose';
import { INSTANCE_ID, instancesModel, LIVENESS_STALE_MS } from './liveness';
import { GroupedCalls } from './grouped-calls';
import { insertEach, isDuplicateKey } from './mongo';

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

/** An event handled (its claim stays in `inbox` until swept). */
interface HandledEntry {
  _id: string;
  doneAt: Date;
}

const handledSchema = new mongoose.Schema<HandledEntry>({ _id: { type: String }, doneAt: { type: Date, required: true } }, { collection: 'inbox_done', versionKey: false });

/**
 * Deduplicates consumed events by their id with a unique key (never check-then-insert): an event is
 * claimed by inserting its id; a second insert of the same id fails. A claim left by a consumer that
 * died is taken over as soon as its instance falls silent (liveness.ts), or — for an instance that
 * never said it was alive — once the claim is older than `staleAfterMs`; by a compare-and-set on it.
 * An event handled is recorded apart from its claim, by an insert too (`inbox_done`). Claims and
 * completions made at the same moment (a consumer with many deliveries in hand) go to the database
 * together: one insert of many claims, one insert of many completions. (Not one bulk of updates: a bulk
 * of many updates leaves FerretDB 1.24 holding every connection of its pool, and it stops answering.)
 */
export class Inbox {
  /** Claims this instance is working on right now (a claim of ours not in here was left by a failure). */
  private static readonly working = new Set<string>();
  /**
   * Claims this instance finished lately: a duplicate delivered while the first was being completed
   * finds the claim neither working nor (yet, to its read) handled — it is not abandoned either.
   */
  private static readonly finished = new Set<string>();
  private static readonly FINISHED_KEPT = 10_000;
  private readonly model: mongoose.Model<InboxEntry>;
  private readonly handled: mongoose.Model<HandledEntry>;
  private readonly instances: ReturnType<typeof instancesModel>;

  constructor(
    connection: mongoose.Connection,
    private readonly consumer: string,
    private readonly staleAfterMs = 30_000,
  ) {
    this.model = connection.models.Inbox ?? connection.model<InboxEntry>('Inbox', inboxSchema);
    this.instances = instancesModel(connection);
    this.handled = connection.models.InboxHandled ?? connection.model<HandledEntry>('InboxHandled', handledSchema);
    this.claims = new GroupedCalls((entries) => insertEach(this.model.collection, entries));
    this.completions = new GroupedCalls(async (entries) => (await insertEach(this.handled.collection, entries)).map((outcome) => (outcome instanceof Error ? outcome : null)));
  }

  /** Claims being inserted together: true when inserted, false when the id was there already. */
  private readonly claims: GroupedCalls<InboxEntry, boolean>;
  /** Completions being inserted together (one already there is fine: it was handled). */
  private readonly completions: GroupedCalls<HandledEntry, null>;

  /** Whether the instance that made a claim can no longer be handling it. */
  private async abandoned(entry: InboxEntry, now: Date): Promise<boolean> {
    const claimedLongAgo = now.getTime() - entry.claimedAt.getTime() >= this.staleAfterMs;
    if (entry.claimer === INSTANCE_ID) return !Inbox.working.has(entry._id) && !Inbox.finished.has(entry._id);
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
      if (await this.claims.call({ _id, state: 'processing', claimedAt: now, claimer: INSTANCE_ID })) {
        Inbox.working.add(_id);
        return 'claimed';
      }
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    if (await this.handled.exists({ _id })) return 'duplicate';
    const entry = await this.model.findById(_id).lean();
    if (!entry) return this.claim(eventId, now); // released between our insert and read
    if (entry.state === 'done') return 'duplicate'; // recorded the way of earlier versions
    if (!(await this.abandoned(entry, now))) return 'busy';
    const takeover = await this.model.updateOne({ _id, state: 'processing', claimedAt: entry.claimedAt }, { $set: { claimedAt: now, claimer: INSTANCE_ID } });
    if (takeover.modifiedCount !== 1) return 'busy';
    Inbox.working.add(_id);
    return 'claimed';
  }

  async complete(eventId: string): Promise<void> {
    const _id = this.key(eventId);
    try {
      await this.completions.call({ _id, doneAt: new Date() });
      Inbox.finished.add(_id);
      if (Inbox.finished.size > Inbox.FINISHED_KEPT) Inbox.finished.delete(Inbox.finished.values().next().value!);
    } finally {
      Inbox.working.delete(_id);
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
    const handled = await this.handled.deleteMany({ doneAt: { $lt: handledBefore } });
    const legacy = await this.model.deleteMany({ state: 'done', doneAt: { $lt: handledBefore } });
    await this.model.deleteMany({ claimedAt: { $lt: handledBefore } });
    return handled.deletedCount + legacy.deletedCount;
  }
}
