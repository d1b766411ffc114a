// Diary views (003 §4.2) are counted without a write on the read path and written in batches: against
// the real server, counts from two instances flushing at once all arrive, none twice, and a reader sees
// the instance's unwritten counts before they are written; the school's weekly openings are added up the
// same way, each write carrying its diary.openings.counted event (the outbox).
import mongoose from 'mongoose';
import { createLogger } from '@ejournal/kit';
import { freshDatabase } from '@ejournal/testing';
import { DiaryStore } from '../src/store/diary.store';
import { DiaryViewCounter } from '../src/store/diary-view-counter';

describe('the diary view counter', () => {
  let connection: mongoose.Connection;
  let drop: () => Promise<void>;
  let store: DiaryStore;
  const logger = createLogger('diary-test', 'error');

  beforeAll(async () => {
    ({ connection, drop } = await freshDatabase('diary_views'));
    store = new DiaryStore(connection);
  });
  afterAll(async () => drop());

  it('writes nothing when a view is counted, and shows it to readers at once', async () => {
    const counter = new DiaryViewCounter(store.views, store.openings, logger, 60_000);
    counter.count('5A:2026-11', { studentKey: 'k1', viewer: 'mama', role: 'parent' });
    expect(await store.views.find('5A:2026-11')).toBeNull();
    expect(await counter.of('5A:2026-11')).toEqual([expect.objectContaining({ studentKey: 'k1', viewer: 'mama', count: 1 })]);
    await counter.stop();
    expect((await store.views.find('5A:2026-11'))!.views).toEqual([expect.objectContaining({ studentKey: 'k1', viewer: 'mama', count: 1 })]);
  });

  it('adds up the counts of two instances flushing the same class-month at once', async () => {
    const [a, b] = [new DiaryViewCounter(store.views, store.openings, logger, 60_000), new DiaryViewCounter(store.views, store.openings, logger, 60_000)];
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 20; i++) {
        a.count('5B:2026-11', { studentKey: `k${i % 4}`, viewer: 'mama', role: 'parent' });
        b.count('5B:2026-11', { studentKey: `k${i % 4}`, viewer: 'papa', role: 'parent' });
      }
      await Promise.all([a.flush(), b.flush()]);
    }
    const stored = (await store.views.find('5B:2026-11'))!.views;
    expect(stored).toHaveLength(8);
    expect(stored.reduce((sum, view) => sum + view.count, 0)).toBe(200);
    expect(stored.every((view) => view.count === 25)).toBe(true);
  });
  it('adds up a school’s weekly openings from two instances, pupils once, each write with its event (002 §3.6)', async () => {
    const [a, b] = [new DiaryViewCounter(store.views, store.openings, logger, 60_000), new DiaryViewCounter(store.views, store.openings, logger, 60_000)];
    const at = new Date('2026-11-25T10:00:00+03:00');
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 10; i++) {
        a.count('5C:2026-11', { studentKey: `k${i % 3}`, viewer: 'mama', role: 'parent' }, 'S1', at);
        b.count('5C:2026-11', { studentKey: `k${i % 5}`, viewer: 'papa', role: 'parent' }, 'S1', at);
      }
      await Promise.all([a.flush(), b.flush()]);
    }
    const week = (await store.openings.find('S1:2026-11-23'))!;
    expect(week).toMatchObject({ schoolId: 'S1', week: '2026-11-23', openings: 60, pupilKeys: ['k0', 'k1', 'k2', 'k3', 'k4'] });
    const raw = await store.openings.model.findById('S1:2026-11-23').lean<{ pendingEvents: Array<{ type: string; aggregateVersion: number; payload: { openings: number; pupilsOpened: number } }> }>();
    const events = raw!.pendingEvents;
    expect(events.every((event) => event.type === 'diary.openings.counted')).toBe(true);
    // The newest version carries the whole count: the consumer keeps it and drops older ones.
    const newest = events.reduce((last, event) => (event.aggregateVersion > last.aggregateVersion ? event : last));
    expect(newest.aggregateVersion).toBe(week.version);
    expect(newest.payload).toEqual({ week: '2026-11-23', openings: 60, pupilsOpened: 5 });
    // Not a pupil's id nor a viewer in the event: counts only.
    expect(JSON.stringify(events)).not.toMatch(/mama|papa|k0/);
  });
});
