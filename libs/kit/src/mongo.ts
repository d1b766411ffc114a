import mongoose from 'mongoose';
import { isFerretDb, limitConcurrentUpdates } from './ferretdb-updates';
import type { Logger } from './logger';

/** A write refused by a unique index (alone, or inside a bulk write). */
export function isDuplicateKey(error: unknown): boolean {
  const failure = error as { code?: number; writeErrors?: Array<{ code?: number }> };
  return failure.code === 11000 || failure.writeErrors?.some((e) => e.code === 11000) === true;
}

/** Inserts many documents at once: per document, true when inserted, false when its id was there. */
export async function insertEach(collection: mongoose.mongo.Collection, documents: object[]): Promise<Array<boolean | Error>> {
  try {
    await collection.insertMany(documents as never[], { ordered: false });
    return documents.map(() => true);
  } catch (error) {
    const failures = (error as { writeErrors?: Array<{ index: number; code?: number; errmsg?: string }> }).writeErrors;
    if (!failures) throw error;
    const byIndex = new Map(failures.map((failure) => [failure.index, failure]));
    return documents.map((_, index) => {
      const failure = byIndex.get(index);
      if (!failure) return true;
      return failure.code === 11000 ? false : new Error(failure.errmsg ?? 'not written');
    });
  }
}

/**
 * An error of the database's reachability, not of the request: the same operation may succeed when
 * the database is back (a network error, no server to select, a dropped connection, a timeout).
 */
export function isTransient(error: unknown): boolean {
  const failure = error as { name?: string; message?: string; errorLabels?: Set<string> | string[]; code?: number };
  if (!failure || typeof failure !== 'object') return false;
  if (/^Mongo(Network|NetworkTimeout|ServerSelection|NotConnected|PoolCleared|TopologyClosed)Error$/.test(failure.name ?? '') || failure.name === 'DisconnectedError') return true;
  const labels = failure.errorLabels ? [...failure.errorLabels] : [];
  if (labels.includes('RetryableWriteError') || labels.includes('ResetPool')) return true;
  return /connection (?:\d+ to )?.*(?:closed|reset)|ECONNREFUSED|ECONNRESET|server selection timed out|Client must be connected/i.test(failure.message ?? '');
}

/** One connection to the service's own database. Collections and indexes are not made implicitly: see syncIndexes. */
export async function connectMongo(uri: string, database: string, logger: Logger): Promise<mongoose.Connection> {
  const connection = mongoose.createConnection(uri, {
    dbName: database,
    autoIndex: false,
    autoCreate: false,
    // While the database is away an operation waits at most this long for it, then fails (and the
    // caller hears "unavailable", not a write landing long after it was told the request failed).
    serverSelectionTimeoutMS: 2_000,
    heartbeatFrequencyMS: 500,
  });
  connection.on('disconnected', () => logger.warn('database disconnected'));
  connection.on('reconnected', () => logger.info('database reconnected'));
  await connection.asPromise();
  if (await isFerretDb(connection)) limitConcurrentUpdates(4);
  return connection;
}

/**
 * Whether the database takes writes now, as the driver's own server monitoring sees it (SDAM events: a
 * server it can write to is known — the standalone, the replica set's primary, a mongos). Not mongoose's
 * readyState: that also reads "disconnected" whenever a heartbeat is merely late (twice the heartbeat
 * interval), and a busy second on a loaded machine made healthy services report NOT_SERVING, so the
 * gateway answered 503 to requests the service could have served. Call it right after the database
 * answered.
 */
export function watchWritable(connection: mongoose.Connection): () => boolean {
  // Called once the database has just answered (the service connected and made its collections): a stable
  // topology sends no further event, so the start must not be taken from readyState's guess of the moment.
  let writable = true;
  let closed = false;
  connection.getClient().on('topologyDescriptionChanged', (event) => {
    writable = [...event.newDescription.servers.values()].some((server) => server.isWritable);
  });
  connection.on('close', () => (closed = true));
  return () => writable && !closed;
}

/**
 * Makes the database's indexes equal to those the schemas declare; run once at start. Collections are
 * made through the driver (mongoose's own call waits, and fails after 10 s, whenever a heartbeat is late).
 */
export async function syncIndexes(connection: mongoose.Connection): Promise<void> {
  for (const model of Object.values(connection.models)) {
    await connection.db!.createCollection(model.collection.collectionName).catch((error: { codeName?: string }) => {
      if (error.codeName !== 'NamespaceExists') throw error;
    });
    await model.syncIndexes();
  }
}

export async function pingMongo(connection: mongoose.Connection): Promise<boolean> {
  try {
    await connection.db!.command({ ping: 1 });
    return true;
  } catch {
    return false;
  }
}

/**
 * Documents by id, one indexed lookup each, in no particular order (none for an id not there): on the
 * local FerretDB an `$in` scans the whole table.
 */
export async function findEach<T>(model: mongoose.Model<any>, ids: string[], projection?: Record<string, 0 | 1>): Promise<T[]> {
  const found = await Promise.all([...new Set(ids)].map((id) => model.findById(id, projection).lean<T>()));
  return found.filter((document): document is NonNullable<typeof document> => document !== null) as T[];
}
