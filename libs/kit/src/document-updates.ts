import type mongoose from 'mongoose';
import { serialisedWrite } from './document-writes';
import { announceEventsWritten } from './events-written';
import type { PendingEvent } from './outbox';

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
