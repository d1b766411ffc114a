// The week page's shared reads (issue #12): a class's week is the same for every pupil of the class, so
// parents opening it at once cost one read of the database, not one each — and a change the consumer
// or the full export writes is shown at once by this instance (it forgets what it wrote), never two
// seconds late.
import type mongoose from 'mongoose';
import { freshDatabase } from '@ejournal/testing';
import { Pseudonyms } from '../src/domain/pseudonym';
import { keepDiary } from '../src/events/diary.consumer';
import type { ExportSchedule } from '../src/export/export-schedule';
import { DiaryStore } from '../src/store/diary.store';
import { lessonRecorded } from './lesson-recorded';

describe('recent documents of the week page', () => {
  let connection: mongoose.Connection;
  let drop: () => Promise<void>;
  let store: DiaryStore;

  beforeAll(async () => {
    ({ connection, drop } = await freshDatabase('diary_recent'));
    store = new DiaryStore(connection);
  });
  afterAll(async () => drop());


  it('reads a class week once for many readers at once, and shows what the consumer wrote at once', async () => {
    // Only a lesson record arrives here: the schedule is never asked for (no year events).
    const handle = keepDiary(store, new Pseudonyms('x'.repeat(32)), undefined as unknown as ExportSchedule);
    await handle(lessonRecorded('Дроби', 1));
    let reads = 0;
    const model = store.classWeeks.model;
    const findById = model.findById.bind(model);
    model.findById = ((...args: Parameters<typeof findById>) => (reads++, findById(...args))) as typeof model.findById;

    const weeks = await Promise.all(Array.from({ length: 25 }, () => store.recent.classWeeks.find('C1:2026-08-31')));
    expect(weeks.every((week) => week?.lessons[0]?.topic === 'Дроби')).toBe(true);
    expect(reads).toBe(1);

    await handle(lessonRecorded('Десятичные дроби', 2));
    expect((await store.recent.classWeeks.find('C1:2026-08-31'))?.lessons[0]?.topic).toBe('Десятичные дроби');
    expect(reads).toBe(3); // one by the consumer's write, one by the reader after it

    // Any write of this process (the full export's repairs write the store directly) is shown at once.
    await store.classWeeks.change('C1:2026-08-31', (week) => ({ next: { ...week, lessons: week.lessons.map((lesson) => ({ ...lesson, topic: 'Проценты' })) }, result: null }), () => new Error('no week'));
    expect((await store.recent.classWeeks.find('C1:2026-08-31'))?.lessons[0]?.topic).toBe('Проценты');
  });
});
