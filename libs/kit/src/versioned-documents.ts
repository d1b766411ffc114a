import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { serialisedWrite } from './document-writes';
import { ensureTimeLeft, timeLeft, withinDeadline } from './call-deadline';
import { announceEventsWritten } from './events-written';
import { Conflict, DeadlineExceeded } from './errors';
import { isDuplicateKey } from './mongo';
import { addOutbox, type PendingEvent } from './outbox';

/** An aggregate stored as one document, changed only through its version (optimistic concurrency). */
export interface Versioned {
  _id: string;
  version: number;
}

/**
 * A schema for aggregates kept whole in one document: `_id` is a string, the declared fields are the
 * indexed ones, the rest of the aggregate is stored as given, and the document carries its own outbox.
 */
export function aggregateSchema(collection: string, indexed: mongoose.SchemaDefinition = {}): mongoose.Schema {
  const schema = new mongoose.Schema({ _id: { type: String, required: true }, version: { type: Number, required: true }, ...indexed }, { collection, versionKey: false, strict: false, minimize: false });
  addOutbox(schema);
  return schema;
}

const MAX_ATTEMPTS = 8;

/**
 * The one way an aggregate is written: inserted once, then replaced only when nobody changed it since it
 * was read (its version still matches), in the same atomic write as the events the change produces.
 */
/** Fields of the storage, not of the aggregate: its unpublished events and its last write's token. */
const HIDDEN = { pendingEvents: 0, hasPendingEvents: 0, writeToken: 0 };
/** The local server's refusal of a write made from a version that is no longer the stored one. */
const STALE_WRITE = /ejournal: stale write/;

export class VersionedDocuments<T extends Versioned> {
  constructor(readonly model: mongoose.Model<any>, private readonly what: string) {}

  private readonly writeListeners: Array<(id: string) => void> = [];

  /** Hears of every write this process makes to an aggregate (a copy kept in memory forgets it). */
  onWrite(listener: (id: string) => void): void {
    this.writeListeners.push(listener);
  }

  private written(id: string, events: PendingEvent[]): void {
    for (const listener of this.writeListeners) listener(id);
    if (events.length > 0) announceEventsWritten(this.model.collection.name);
  }

  async find(id: string): Promise<T | null> {
    return this.model.findById(id, HIDDEN).lean<T>();
  }

  /** Documents with these values of indexed fields (equality only: what FerretDB pushes down). */
  async findWhere(filter: Record<string, string | number | boolean>): Promise<T[]> {
    return this.model.find(filter, HIDDEN).lean<T[]>();
  }

  /** Stores a new aggregate (version as given). Conflict when one with its id or unique keys exists. */
  async insert(document: T, events: PendingEvent[] = [], conflict = `${this.what} уже существует`): Promise<void> {
    ensureTimeLeft();
    try {
      await this.model.collection.insertOne({ ...document, pendingEvents: events, hasPendingEvents: events.length > 0 } as any);
      this.written(document._id, events);
    } catch (error) {
      if (isDuplicateKey(error)) throw new Conflict(conflict);
      throw error;
    }
  }

  /** Replaces the aggregate read at `document.version - 1` with `document`; false when someone changed it meanwhile. */
  async replace(document: T, events: PendingEvent[] = []): Promise<boolean> {
    return serialisedWrite(this.model.collection.name, document._id, () => this.replaceNow(document, events, document.version - 1));
  }

  /** Replaces the aggregate stored at version `from` with `document` (a later version). */
  private async replaceNow(document: T, events: PendingEvent[], from: number): Promise<boolean> {
    const { _id, writeToken: _previous, ...fields } = document as Versioned & Record<string, unknown>;
    // A fresh token naming the version this change was made from: on the local server a trigger refuses
    // the write when the stored version has moved on meanwhile (scripts/sql/ferretdb-versioned-writes.sql).
    const stamped = { ...fields, writeToken: { from, nonce: randomUUID() } };
    const update: Record<string, unknown> = { $set: events.length > 0 ? { ...stamped, hasPendingEvents: true } : stamped };
    if (events.length > 0) update.$push = { pendingEvents: { $each: events } };
    try {
      const result = await this.model.collection.updateOne({ _id, version: from } as any, update);
      if (result.matchedCount === 1) this.written(_id, events);
      return result.matchedCount === 1;
    } catch (error) {
      if (STALE_WRITE.test((error as Error).message)) return false;
      throw error;
    }
  }

  /**
   * Reads the aggregate, applies a change (a pure function returning the new state and its events, or
   * next: null for no change), and writes it back; re-reads and re-applies when another writer came
   * first. When the aggregate does not exist, `orElse` gives the error to throw, or a blank aggregate
   * (version 0) to start from, which is then inserted. `known`: the aggregate as the caller has just
   * read it (to check rights, say) — the first attempt starts from it instead of reading again; if it
   * is stale, the write fails its version check and the next attempt reads.
   *
   * Within one process, changes of one aggregate queue; the changes that arrived while the one before
   * them was being written are applied together, one after another, on one read and written in one
   * write (each still counts as a version of its own, so events keep their versions). A burst of
   * events for one document (a consumer catching up) costs one read and one write, not one per event.
   * A change that throws fails alone; the others are written.
   */
  async change<R = T>(id: string, apply: (current: T) => Outcome<T, R>, orElse: () => Error | T, known?: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const entry: Change<T> = { apply, orElse, resolve: resolve as (result: unknown) => void, reject, deadline: Date.now() + timeLeft() };
      const waiting = this.waiting.get(id);
      if (waiting) {
        waiting.push(entry);
        return;
      }
      const group = [entry];
      this.waiting.set(id, group);
      // The group's turn is taken outside any one caller's deadline: each change checks its own.
      void withinDeadline(Infinity, () =>
        serialisedWrite(this.model.collection.name, id, async () => {
          if (this.waiting.get(id) === group) this.waiting.delete(id);
          await this.changeTogether(id, group, known).catch((error: unknown) => group.forEach((change) => change.reject(error)));
        }),
      );
    });
  }

  /** Changes of one aggregate that waited for their turn together (see change). */
  private readonly waiting = new Map<string, Array<Change<T>>>();

  private async changeTogether(id: string, group: Array<Change<T>>, known?: T): Promise<void> {
    const now = Date.now();
    const inTime = group.filter((change) => {
      if (change.deadline - now >= 50) return true;
      change.reject(new DeadlineExceeded('время запроса истекло до записи: ничего не записано, повторите'));
      return false;
    });
    if (inTime.length === 0) return;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const found = attempt === 1 && known && group.length === 1 ? known : await this.find(id);
      let state: T | null = found;
      let changed = false;
      const events: PendingEvent[] = [];
      const outcomes = inTime.map((change) => {
        try {
          if (!state) {
            const blank = change.orElse();
            if (blank instanceof Error) return { error: blank as unknown };
            state = blank;
          }
          const outcome = change.apply(state);
          if (outcome.next !== null) {
            const stamped: T = { ...outcome.next, version: state.version + 1 };
            state = stamped;
            events.push(...(typeof outcome.events === 'function' ? outcome.events(stamped) : (outcome.events ?? [])));
            changed = true;
          }
          // Without a result of its own, the caller gets the aggregate as stored (its version stamped).
          return { result: ('result' in outcome ? outcome.result : state) as unknown };
        } catch (error) {
          return { error };
        }
      });
      const settle = () => inTime.forEach((change, index) => ('error' in outcomes[index]! ? change.reject(outcomes[index]!.error) : change.resolve(outcomes[index]!.result)));
      if (!changed) return settle();
      if (!found) {
        try {
          await this.insert(state!, events);
          return settle();
        } catch (error) {
          if (error instanceof Conflict) continue;
          throw error;
        }
      }
      if (await this.replaceNow(state!, events, found.version)) return settle();
      // Another process wrote first: read again after a short, growing, random pause (writers spread out).
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 4 * attempt));
    }
    throw new Conflict(`${this.what}: слишком много одновременных изменений, повторите запрос`);
  }
}

/**
 * What a change makes of the current state: the next state (null: nothing changes), the events it
 * implies — given, or built from the next state as stored (its version stamped by the kit) — and the
 * caller's result.
 */
export interface Outcome<T, R> {
  next: T | null;
  events?: PendingEvent[] | ((stored: T) => PendingEvent[]);
  /** Omitted: the aggregate as stored (the version it was written at, or the current one when unchanged). */
  result?: R;
}

/** One caller's change waiting for its aggregate's turn. */
interface Change<T> {
  apply: (current: T) => Outcome<T, unknown>;
  orElse: () => Error | T;
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
  /** The caller's deadline (epoch ms; Infinity without one). */
  deadline: number;
}
