/**
 * One write at a time per document, within this process.
 *
 * FerretDB 1.x applies an update by reading the document and writing it back outside a transaction
 * (FerretDB/FerretDB#3040), so two updates of one document that overlap in time can lose one of them
 * — e.g. the outbox relay removing a published event while a handler changes the aggregate. MongoDB
 * updates are atomic and do not need this; on FerretDB it makes the writes of one process safe, and
 * each aggregate write is still guarded by its version against other processes' writes.
 */
import type mongoose from 'mongoose';
import { ensureTimeLeft } from './call-deadline';
import { announceEventsWritten } from './events-written';
import type { PendingEvent } from './outbox';

const tails = new Map<string, Promise<unknown>>();

/**
 * Queues the write behind the others of its document; when its turn comes after the caller's
 * deadline, it is not made at all (the caller was told it failed).
 */
export async function serialisedWrite<T>(collection: string, id: unknown, write: () => Promise<T>): Promise<T> {
  const key = `${collection}\u0000${String(id)}`;
  const previous = tails.get(key) ?? Promise.resolve();
  const current = previous.catch(() => undefined).then(() => {
    ensureTimeLeft();
    return write();
  });
  tails.set(key, current);
  try {
    return await current;
  } finally {
    if (tails.get(key) === current) tails.delete(key);
  }
}

/**
 * The in-place update of one document that is not a whole aggregate (a code redeemed once, a session
 * family revoked, settings changed from a known version): a conditional update — the filter names the
 * document by `_id` and the state it must still be in — made one at a time per document in this process,
 * with the events it implies appended in the same atomic write and announced to the relay after the
 * commit. True when the document matched (and so was changed); false when it was no longer in that state.
 */
export async function updateDocument(
  model: mongoose.Model<any>,
  filter: { _id: unknown } & Record<string, unknown>,
  update: { $set?: Record<string, unknown>; $unset?: Record<string, unknown>; $inc?: Record<string, number>; $push?: Record<string, unknown>; $pop?: Record<string, 1 | -1> },
  events: PendingEvent[] = [],
): Promise<boolean> {
  const collection = model.collection.name;
  const withEvents = events.length === 0 ? update : { ...update, $set: { ...update.$set, hasPendingEvents: true }, $push: { ...update.$push, pendingEvents: { $each: events } } };
  const result = await serialisedWrite(collection, filter._id, () => model.updateOne(filter as never, withEvents as never));
  if (result.matchedCount === 1 && events.length > 0) announceEventsWritten(collection);
  return result.matchedCount === 1;
}

/** Adds `count` to a named counter document (created at 0) and returns its new value, one caller at a time. */
export async function advanceCounter(model: mongoose.Model<any>, name: string, count: number): Promise<number> {
  const counter = await serialisedWrite(model.collection.name, name, () => model.findOneAndUpdate({ _id: name }, { $inc: { value: count } }, { upsert: true, new: true }).lean<{ value: number }>());
  return counter!.value;
}
