import { updateAndRead, updateDocument } from '@ejournal/kit';
import mongoose from 'mongoose';

/** Attempts counted under one key (a login, a client address, both) in a window, and a lock when too many. */
interface Throttle {
  _id: string;
  attempts: number;
  windowStart: Date;
  lockedUntil?: Date;
  locks: number;
}

const throttleSchema = new mongoose.Schema<Throttle>(
  { _id: String, attempts: Number, windowStart: Date, lockedUntil: Date, locks: Number },
  { collection: 'throttles', versionKey: false },
);

export interface ThrottleRule {
  /** Attempts allowed in a window (successful ones are given back) before the key is locked. */
  limit: number;
  windowMs: number;
  /** First lock; each further lock in a row doubles it. */
  lockMs: number;
}

/**
 * Throttling that counts an attempt before it is checked: parallel guesses each take a place first,
 * so no more than the limit are ever evaluated (the count is one atomic increment per attempt).
 */
export class ThrottleStore {
  readonly model: mongoose.Model<Throttle>;

  constructor(connection: mongoose.Connection) {
    this.model = connection.model<Throttle>('Throttle', throttleSchema);
  }

  /** Counts one attempt under the key (the key's document is made on its first attempt); the throttle as it stands after. */
  private async count(key: string, now: Date): Promise<Throttle> {
    return (await updateAndRead<Throttle>(this.model, { _id: key }, { $inc: { attempts: 1 }, $setOnInsert: { windowStart: now, locks: 0 } }, { upsert: true }))!;
  }

  /**
   * Takes one attempt under the key. Returns until when the key is locked when the attempt must be
   * refused (locked already, or this attempt is one too many), undefined when it may go on.
   */
  async take(key: string, rule: ThrottleRule, now = new Date()): Promise<Date | undefined> {
    let throttle = await this.count(key, now);
    if (throttle.lockedUntil && throttle.lockedUntil > now) return throttle.lockedUntil;
    if (now.getTime() - throttle.windowStart.getTime() > rule.windowMs) {
      await updateDocument(this.model, { _id: key, windowStart: throttle.windowStart }, { $set: { attempts: 1, windowStart: now } });
      throttle = { ...throttle, attempts: 1, windowStart: now };
    }
    if (throttle.attempts <= rule.limit) return undefined;
    const lockedUntil = new Date(now.getTime() + rule.lockMs * 2 ** Math.min(throttle.locks, 6));
    await updateDocument(this.model, { _id: key }, { $set: { lockedUntil, attempts: 0, windowStart: now }, $inc: { locks: 1 } });
    return lockedUntil;
  }

  /** Gives an attempt back (it succeeded): a shared address is throttled on its failures only. */
  async giveBack(key: string): Promise<void> {
    await updateDocument(this.model, { _id: key, attempts: { $gt: 0 } }, { $inc: { attempts: -1 } });
  }

  /** Forgets every key that begins so (an administrator lifting a login's locks from every address). */
  async clearStartingWith(prefix: string): Promise<void> {
    await this.model.deleteMany({ _id: { $regex: `^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}` } });
  }

  /** Forgets the attempts of a key (a successful log-in, or an administrator lifting the lock). */
  async clear(key: string): Promise<void> {
    // A deletion is atomic on FerretDB too (no read-then-write to lose): it needs no queue.
    await this.model.deleteOne({ _id: key });
  }
}
