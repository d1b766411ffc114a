import { serialisedWrite } from '@ejournal/kit';
import mongoose from 'mongoose';

/** Failures counted under one key (a login, a client address) in a window, and a lock when too many. */
interface Throttle {
  _id: string;
  failures: number;
  windowStart: Date;
  lockedUntil?: Date;
  locks: number;
}

const throttleSchema = new mongoose.Schema<Throttle>(
  { _id: String, failures: Number, windowStart: Date, lockedUntil: Date, locks: Number },
  { collection: 'throttles', versionKey: false },
);

export interface ThrottleRule {
  /** Failures allowed in a window before the key is locked. */
  limit: number;
  windowMs: number;
  /** First lock; each further lock in a row doubles it. */
  lockMs: number;
}

export class ThrottleStore {
  readonly model: mongoose.Model<Throttle>;

  constructor(connection: mongoose.Connection) {
    this.model = connection.model<Throttle>('Throttle', throttleSchema);
  }

  /** Until when the key is locked, if it is. */
  async lockedUntil(key: string, now = new Date()): Promise<Date | undefined> {
    const throttle = await this.model.findById(key, { lockedUntil: 1 }).lean<Throttle>();
    return throttle?.lockedUntil && throttle.lockedUntil > now ? throttle.lockedUntil : undefined;
  }

  /** Counts a failure; locks the key when the rule's limit is reached. Returns the lock's end, if any. */
  async fail(key: string, rule: ThrottleRule, now = new Date()): Promise<Date | undefined> {
    const current = await serialisedWrite(this.model.collection.name, key, () =>
      this.model.findOneAndUpdate({ _id: key }, { $inc: { failures: 1 }, $setOnInsert: { windowStart: now, locks: 0 } }, { upsert: true, new: true }).lean<Throttle>(),
    );
    let throttle = current!;
    if (now.getTime() - throttle.windowStart.getTime() > rule.windowMs) {
      await serialisedWrite(this.model.collection.name, key, () => this.model.updateOne({ _id: key, windowStart: throttle.windowStart }, { $set: { failures: 1, windowStart: now } }));
      throttle = { ...throttle, failures: 1, windowStart: now };
    }
    if (throttle.failures < rule.limit) return undefined;
    const lockedUntil = new Date(now.getTime() + rule.lockMs * 2 ** Math.min(throttle.locks, 6));
    await serialisedWrite(this.model.collection.name, key, () => this.model.updateOne({ _id: key }, { $set: { lockedUntil, failures: 0, windowStart: now }, $inc: { locks: 1 } }));
    return lockedUntil;
  }

  /** Forgets the failures of a key (a successful log-in, or an administrator lifting the lock). */
  async clear(key: string): Promise<void> {
    await this.model.deleteOne({ _id: key });
  }
}
