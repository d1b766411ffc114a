import { Inbox } from '@ejournal/kit';
import { freshDatabase } from '@ejournal/testing';

describe('inbox against the database', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => void (db = await freshDatabase('inbox')));
  afterAll(() => db.drop());

  it('claims an event once, lets a stale claim be taken over, and forgets old handled events', async () => {
    const inbox = new Inbox(db.connection, 'identity', 1_000);
    const t0 = new Date('2026-09-01T08:00:00Z');
    expect(await inbox.claim('e-1', t0)).toBe('claimed');
    expect(await inbox.claim('e-1', new Date(t0.getTime() + 500))).toBe('busy');
    expect(await inbox.claim('e-1', new Date(t0.getTime() + 5_000))).toBe('claimed');
    await inbox.complete('e-1');
    expect(await inbox.claim('e-1')).toBe('duplicate');

    expect(await inbox.sweep(new Date(Date.now() - 60_000))).toBe(0);
    expect(await inbox.sweep(new Date(Date.now() + 60_000))).toBe(1);
    expect(await inbox.claim('e-1')).toBe('claimed');
  });
});
