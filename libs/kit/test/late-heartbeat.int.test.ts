// A late heartbeat is not a lost database. Mongoose reads a connection as "disconnected" whenever the
// driver's last heartbeat is older than twice its interval (500 ms here, for quick notice of an outage),
// and a busy second on a loaded machine is enough: services then reported NOT_SERVING — the gateway
// answered 503 to requests they could serve (make bench, the archive and the bulk marks) — and a start
// failed, mongoose's createCollection waiting 10 s for an "open" that never came (a system test).
// Health and start-up follow the driver's own server monitoring instead (kit watchWritable, syncIndexes).
import mongoose from 'mongoose';
import { testLogger, testServers, uniqueName } from '@ejournal/testing';
import { connectMongo, syncIndexes, watchWritable } from '../src/mongo';

const busyFor = (ms: number) => {
  const until = Date.now() + ms;
  while (Date.now() < until);
};

describe('a database connection when a heartbeat is late', () => {
  let connection: mongoose.Connection;

  beforeAll(async () => {
    connection = await connectMongo(testServers().mongoUri, uniqueName('t_late_heartbeat').slice(0, 60), testLogger('late-heartbeat'));
    connection.model('Lesson', new mongoose.Schema({ _id: String, topic: String }, { collection: 'lessons' }).index({ topic: 1 }));
    // Heartbeats have been answered (the first one sets mongoose's clock).
    await new Promise((resolve) => setTimeout(resolve, 1_200));
  });
  afterAll(async () => {
    await connection.db!.dropDatabase();
    await connection.close();
  });

  it('stays writable to the service’s health, and makes its collections, after a busy second', async () => {
    const writable = watchWritable(connection);
    busyFor(1_500);
    // What mongoose says at this moment: the premise of this test.
    expect(connection.readyState).toBe(mongoose.ConnectionStates.disconnected);
    expect(writable()).toBe(true);
    const started = Date.now();
    await syncIndexes(connection);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((await connection.db!.collection('lessons').indexes()).map((index) => Object.keys(index.key).join())).toContain('topic');
  }, 30_000);

  it('starts writable when watched during a busy second (the topology then stays as it is and sends no event)', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    busyFor(1_500);
    expect(connection.readyState).toBe(mongoose.ConnectionStates.disconnected);
    const writable = watchWritable(connection);
    expect(writable()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(writable()).toBe(true);
  }, 30_000);

  it('is not writable once the connection is closed', async () => {
    const other = await connectMongo(testServers().mongoUri, uniqueName('t_late_heartbeat').slice(0, 60), testLogger('late-heartbeat'));
    const writable = watchWritable(other);
    expect(writable()).toBe(true);
    await other.close();
    expect(writable()).toBe(false);
  });
});
