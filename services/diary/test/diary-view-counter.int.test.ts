// Diary views (003 §4.2) are counted without a write on the read path and written in batches: against
// the real server, counts from two instances flushing at once all arrive, none twice, and a reader sees
// the instance's unwritten counts before they are written.
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
    const counter = new DiaryViewCounter(store.views, logger, 60_000);
    counter.count('5A:2026-11', { studentKey: 'k1', viewer: 'mama', role: 'parent' });
    expect(await store.views.find('5A:2026-11')).toBeNull();
    expect(await counter.of('5A:2026-11')).toEqual([expect.objectContaining({ studentKey: 'k1', viewer: 'mama', count: 1 })]);
    await counter.stop();
    expect((await store.views.find('5A:2026-11'))!.views).toEqual([expect.objectContaining({ studentKey: 'k1', viewer: 'mama', count: 1 })]);
  });

  it('adds up the counts of two instances flushing the same class-month at once', async () => {
    const [a, b] = [new DiaryViewCounter(store.views, logger, 60_000), new DiaryViewCounter(store.views, logger, 60_000)];
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
});
