import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';

/** This process, as the other instances of its service know it. */
export const INSTANCE_ID = randomUUID();

/** An instance silent this long is taken to be dead (its claims are taken over). */
export const LIVENESS_STALE_MS = 6_000;

interface InstanceBeat {
  _id: string;
  seenAt: Date;
}

const instanceSchema = new mongoose.Schema<InstanceBeat>({ _id: String, seenAt: { type: Date, required: true } }, { collection: 'instances', versionKey: false });

export function instancesModel(connection: mongoose.Connection): mongoose.Model<InstanceBeat> {
  return (connection.models.Instance as mongoose.Model<InstanceBeat>) ?? connection.model<InstanceBeat>('Instance', instanceSchema);
}

/**
 * Each running instance says it is alive every two seconds in its service's database; work it claimed
 * (an event being handled, an export) is taken over by another instance once it falls silent, not after
 * a fixed wait.
 */
export class Liveness {
  private timer?: NodeJS.Timeout;
  private readonly instances: mongoose.Model<InstanceBeat>;

  constructor(connection: mongoose.Connection) {
    this.instances = instancesModel(connection);
  }

  start(intervalMs = 2_000): void {
    const beat = () => void this.instances.updateOne({ _id: INSTANCE_ID }, { $set: { seenAt: new Date() } }, { upsert: true }).catch(() => undefined);
    beat();
    this.timer = setInterval(beat, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.instances.deleteOne({ _id: INSTANCE_ID }).catch(() => undefined);
  }

  /** Instances not heard of for longer than their heartbeats allow are forgotten (a daily sweep). */
  async sweep(before: Date): Promise<void> {
    await this.instances.deleteMany({ seenAt: { $lt: before } });
  }
}
