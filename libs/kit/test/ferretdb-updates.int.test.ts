// Many updates at once from one process do not stop the local server (FerretDB 1.24 holds one pool
// connection per update while it waits for a second: as many updates as its pool has connections wait
// for each other for ever). The kit lets a few through at a time when the server is FerretDB. On a
// private server of 25 connections, 1,000 updates and 1,000 deletes at once all complete.
import { connectMongo, createLogger } from '@ejournal/kit';
import { startPrivateDatabase, testServers, type PrivateDatabase } from '@ejournal/testing';
import type mongoose from 'mongoose';

const onFerretDb = !testServers().mongoUri.includes('directConnection'); // testcontainers run MongoDB

describe('updates at once on the local server', () => {
  let database: PrivateDatabase | undefined;
  let connection: mongoose.Connection;

  beforeAll(async () => {
    database = onFerretDb ? await startPrivateDatabase() : undefined;
    connection = await connectMongo(database?.uri ?? testServers().mongoUri, `updates_at_once_${Date.now()}`, createLogger('test', 'error'));
  }, 60_000);
  afterAll(async () => {
    await connection?.close();
    await database?.remove();
  });

  it('completes 1,000 updates and 1,000 deletes made at once', async () => {
    const documents = connection.collection('documents');
    await documents.insertMany(Array.from({ length: 2000 }, (_, n) => ({ _id: `d${n}` as never, count: 0 })));
    // The client opens many connections first (as a busy service has), so that the updates come at once.
    for (let round = 0; round < 10; round++) await Promise.all(Array.from({ length: 100 }, () => documents.findOne({ _id: `d${Math.floor(Math.random() * 2000)}` as never })));
    const updates = Array.from({ length: 1000 }, (_, n) => documents.updateOne({ _id: `d${n}` as never }, { $inc: { count: 1 } }));
    const deletes = Array.from({ length: 1000 }, (_, n) => documents.deleteOne({ _id: `d${1000 + n}` as never }));
    await Promise.all([...updates, ...deletes]);
    expect(await documents.countDocuments({ count: 1 })).toBe(1000);
    expect(await documents.countDocuments()).toBe(1000);
  }, 30_000);
});
