import { Inbox, instancesModel, INSTANCE_ID } from '@ejournal/kit';
import { freshDatabase } from '@ejournal/testing';

describe('inbox against the database', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => void (db = await freshDatabase('inbox')));
  afterAll(() => db.drop());

  it('claims an event once, and forgets old handled events', async () => {
    const inbox = new Inbox(db.connection, 'identity', 1_000);
    expect(await inbox.claim('e-1')).toBe('claimed');
    expect(await inbox.claim('e-1')).toBe('busy');
    await inbox.complete('e-1');
    expect(await inbox.claim('e-1')).toBe('duplicate');

    expect(await inbox.sweep(new Date(Date.now() - 60_000))).toBe(0);
    expect(await inbox.sweep(new Date(Date.now() + 60_000))).toBe(1);
    expect(await inbox.claim('e-1')).toBe('claimed');
  });

  it('takes over a claim as soon as the instance that made it falls silent, not after a fixed wait', async () => {
    const inbox = new Inbox(db.connection, 'diary', 600_000);
    const entries = db.connection.collection('inbox');
    const instances = instancesModel(db.connection);
    const claimedAt = new Date();
    await entries.insertOne({ _id: 'diary:e-2' as never, state: 'processing', claimedAt, claimer: 'other-instance' });
    await instances.create({ _id: 'other-instance', seenAt: new Date() });
    expect(await inbox.claim('e-2')).toBe('busy'); // it is alive and working on it
    await instances.updateOne({ _id: 'other-instance' }, { $set: { seenAt: new Date(Date.now() - 7_000) } });
    expect(await inbox.claim('e-2')).toBe('claimed'); // it died: ours now, long before the 10 minutes
    expect((await entries.findOne({ _id: 'diary:e-2' as never }))?.claimer).toBe(INSTANCE_ID);
  });

  it('takes back at once a claim of its own that nothing here works on any more (a release that failed)', async () => {
    const inbox = new Inbox(db.connection, 'attendance', 600_000);
    await db.connection.collection('inbox').insertOne({ _id: 'attendance:e-3' as never, state: 'processing', claimedAt: new Date(), claimer: INSTANCE_ID });
    expect(await inbox.claim('e-3')).toBe('claimed');
  });

  it('claims and completes many events at once in few round trips, each claim answered for itself', async () => {
    const inbox = new Inbox(db.connection, 'burst', 600_000);
    let roundTrips = 0;
    for (const collection of [db.connection.collection('inbox'), db.connection.collection('inbox_done')]) {
      for (const method of ['insertOne', 'insertMany', 'updateOne', 'bulkWrite'] as const) {
        const original = (collection as any)[method];
        (collection as any)[method] = (...args: unknown[]) => (roundTrips++, original.apply(collection, args));
      }
    }
    expect(await inbox.claim('b-0')).toBe('claimed');
    await inbox.complete('b-0');
    roundTrips = 0;
    // 100 deliveries in hand at once, five of them already handled (redelivered) and five twice in hand.
    const ids = [...Array.from({ length: 95 }, (_, n) => `b-${n + 1}`), 'b-0', 'b-0', 'b-0', 'b-0', 'b-0', ...Array.from({ length: 5 }, (_, n) => `b-${n + 1}`)];
    const claims = await Promise.all(ids.map((id) => inbox.claim(id)));
    expect(claims.slice(0, 95)).toEqual(Array(95).fill('claimed'));
    expect(claims.slice(95, 100)).toEqual(Array(5).fill('duplicate'));
    expect(claims.slice(100)).toEqual(Array(5).fill('busy'));
    await Promise.all(ids.slice(0, 95).map((id) => inbox.complete(id)));
    expect((await Promise.all(ids.slice(0, 95).map((id) => inbox.claim(id)))).every((claim) => claim === 'duplicate')).toBe(true);
    // Inserts and completions went in groups (the five "busy" and five "duplicate" ones read one by one).
    expect(roundTrips).toBeLessThanOrEqual(10);
  });
});
