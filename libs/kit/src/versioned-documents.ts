import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { serialisedWrite } from './document-writes';
import { ensureTimeLeft } from './call-deadline';
import { Conflict } from './errors';
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
    } catch (error) {
      if (isDuplicateKey(error)) throw new Conflict(conflict);
      throw error;
    }
  }

  /** Replaces the aggregate read at `document.version - 1` with `document`; false when someone changed it meanwhile. */
  async replace(document: T, events: PendingEvent[] = []): Promise<boolean> {
    return serialisedWrite(this.model.collection.name, document._id, () => this.replaceNow(document, events));
  }

  private async replaceNow(document: T, events: PendingEvent[]): Promise<boolean> {
    const { _id, writeToken: _previous, ...fields } = document as Versioned & Record<string, unknown>;
    // A fresh token naming the version this change was made from: on the local server a trigger refuses
    // the write when the stored version has moved on meanwhile (scripts/sql/ferretdb-versioned-writes.sql).
    const stamped = { ...fields, writeToken: { from: document.version - 1, nonce: randomUUID() } };
    const update: Record<string, unknown> = { $set: events.length > 0 ? { ...stamped, hasPendingEvents: true } : stamped };
    if (events.length > 0) update.$push = { pendingEvents: { $each: events } };
    try {
      const result = await this.model.collection.updateOne({ _id, version: document.version - 1 } as any, update);
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
   * (version 0) to start from, which is then inserted. Within one process, changes of one aggregate
   * queue (read, apply and write one after another), so only other processes' writes cause a retry.
   * `known`: the aggregate as the caller has just read it (to check rights, say) — the first attempt
   * starts from it instead of reading again; if it is stale, the write fails its version check and
   * the next attempt reads.
   */
  async change<R>(id: string, apply: (current: T) => { next: T | null; events?: PendingEvent[]; result: R }, orElse: () => Error | T, known?: T): Promise<R> {
    return serialisedWrite(this.model.collection.name, id, () => this.changeNow(id, apply, orElse, known));
  }

  private async changeNow<R>(id: string, apply: (current: T) => { next: T | null; events?: PendingEvent[]; result: R }, orElse: () => Error | T, known?: T): Promise<R> {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const found = attempt === 1 && known ? known : await this.find(id);
      const current = found ?? orElse();
      if (current instanceof Error) throw current;
      const outcome = apply(current);
      if (outcome.next === null) return outcome.result;
      const next = { ...outcome.next, version: current.version + 1 };
      if (!found) {
        try {
          await this.insert(next, outcome.events ?? []);
          return outcome.result;
        } catch (error) {
          if (error instanceof Conflict) continue;
          throw error;
        }
      }
      if (await this.replaceNow(next, outcome.events ?? [])) return outcome.result;
      // Another process wrote first: read again after a short, growing, random pause (writers spread out).
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 4 * attempt));
    }
    throw new Conflict(`${this.what}: слишком много одновременных изменений, повторите запрос`);
  }
}
