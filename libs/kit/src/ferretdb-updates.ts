/**
 * At most a few updates and deletes at once per process, on FerretDB only.
 *
 * FerretDB 1.24 on PostgreSQL applies an update (or a delete) by reading the documents with one
 * connection of its pool and, still holding it, writing them in a transaction on a second one. As many
 * updates at once as its pool has connections (40 here) each hold one and wait for a second for ever:
 * the server stops answering (seen under load; a goroutine dump shows every MsgUpdate in Query held and
 * UpdateAll → BeginTx → Acquire waiting). Reads and inserts take one connection and are not limited.
 * Eight processes × 4 stay below the pool. MongoDB needs none of this: the limit is set only when the
 * server says it is FerretDB (buildInfo.ferretdbVersion).
 */
import mongoose from 'mongoose';

const WRITES_THAT_READ_FIRST = ['updateOne', 'updateMany', 'replaceOne', 'deleteOne', 'deleteMany', 'findOneAndUpdate', 'findOneAndDelete', 'findOneAndReplace', 'bulkWrite'] as const;

class Limit {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(public most: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.most) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.running++;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}

let limit: Limit | undefined;

/** Lets at most `most` updates and deletes of this process reach the server at once. */
export function limitConcurrentUpdates(most: number): void {
  if (limit) {
    limit.most = most;
    return;
  }
  limit = new Limit(most);
  const collection = mongoose.mongo.Collection.prototype as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const name of WRITES_THAT_READ_FIRST) {
    const write = collection[name]!;
    collection[name] = function (this: unknown, ...args: unknown[]) {
      return limit!.run(() => write.apply(this, args));
    };
  }
}

/** Whether the server behind a connection is FerretDB. */
export async function isFerretDb(connection: mongoose.Connection): Promise<boolean> {
  const info = await connection.db!.admin().command({ buildInfo: 1 });
  return typeof info.ferretdbVersion === 'string';
}
