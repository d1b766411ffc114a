/**
 * One write at a time per document, within this process.
 *
 * FerretDB 1.x applies an update by reading the document and writing it back outside a transaction
 * (FerretDB/FerretDB#3040), so two updates of one document that overlap in time can lose one of them
 * — e.g. the outbox relay removing a published event while a handler changes the aggregate. MongoDB
 * updates are atomic and do not need this; on FerretDB it makes the writes of one process safe, and
 * each aggregate write is still guarded by its version against other processes' writes.
 */
import { ensureTimeLeft } from './call-deadline';

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

