import type mongoose from 'mongoose';
import { serialisedWrite } from './document-writes';
import { announceEventsWritten } from './events-written';
import { appendingEvents, type PendingEvent } from './outbox';

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
  const appended = appendingEvents(events);
  const withEvents = events.length === 0 ? update : { ...update, $set: { ...update.$set, ...appended.$set }, $push: { ...update.$push, ...appended.$push } };
  const result = await serialisedWrite(collection, filter._id, () => model.updateOne(filter as never, withEvents as never));
  if (result.matchedCount === 1 && events.length > 0) announceEventsWritten(collection);
  return result.matchedCount === 1;
}

/** Adds `count` to a named counter document (created at 0) and returns its new value, one caller at a time. */
export async function advanceCounter(model: mongoose.Model<any>, name: string, count: number): Promise<number> {
  return (await updateAndRead<{ value: number }>(model, { _id: name }, { $inc: { value: count } }, { upsert: true }))!.value;
}

/**
 * New documents, in order, each with the events of its creation in its own outbox (one insert for them
 * all, stopping at the first failure); the relay hears of the events after the insert.
 */
export async function insertWithEvents<T extends { _id: string }>(model: mongoose.Model<any>, documents: T[], events: Map<string, PendingEvent[]> = new Map()): Promise<void> {
  if (documents.length === 0) return;
  const eventsOf = (document: T) => events.get(document._id) ?? [];
  try {
    await model.insertMany(documents.map((document) => ({ ...document, pendingEvents: eventsOf(document), hasPendingEvents: eventsOf(document).length > 0 })), { ordered: true });
  } finally {
    // Whatever went in before a failure carries its events too.
    if (documents.some((document) => eventsOf(document).length > 0)) announceEventsWritten(model.collection.name);
  }
}

/**
 * A conditional update of one document that gives the document back as it stands after (null when none
 * matched); with `upsert`, a document is made from the filter's equalities and `$setOnInsert` when there
 * is none. One round trip, serialised per document like updateDocument. An update without events
 * (a counter, a throttle, a rotated session token). The whole document comes back (FerretDB 1.24's
 * findAndModify takes no projection).
 */
export async function updateAndRead<T>(model: mongoose.Model<any>, filter: { _id: unknown } & Record<string, unknown>, update: Record<string, unknown>, options: { upsert?: boolean } = {}): Promise<T | null> {
  return serialisedWrite(model.collection.name, filter._id, () => model.findOneAndUpdate(filter as never, update as never, { upsert: options.upsert ?? false, new: true }).lean<T>() as Promise<T | null>);
}
