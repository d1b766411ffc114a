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
});
