// The journal page a teacher opens all day is read in two reads, not one per lesson (issue #12): the
// page's index by _id and all its lessons' sheets at once by the page id each sheet carries (indexed).
// Against the real server: 40 lessons, a lesson moved to the next period leaves the page, and a sheet
// stored before sheets carried their page id is still on it.
import type { curriculumV1, EventEnvelope } from '@ejournal/contracts';
import { syncIndexes } from '@ejournal/kit';
import type mongoose from 'mongoose';
import { freshDatabase } from '@ejournal/testing';
import { derivedPageId } from '../src/domain/page-id';
import { keepCurriculum } from '../src/events/curriculum.consumer';
import { JournalStore } from '../src/store/journal.store';

describe('the journal page in two reads', () => {
  let connection: mongoose.Connection;
  let drop: () => Promise<void>;
  let store: JournalStore;

  beforeAll(async () => {
    ({ connection, drop } = await freshDatabase('gradebook_pages'));
    store = new JournalStore(connection);
    await syncIndexes(connection);
  });
  afterAll(async () => drop());

  const lesson = (n: number, periodId = 'P1', version = 1) =>
    ({ id: `L${n}`, schoolId: 'S1', yearId: 'Y1', periodId, classId: 'C1', groupId: '', subjectId: 'math', teacherId: 'T1', substituteTeacherId: '', roomId: '', date: `2026-09-${String(1 + (n % 28)).padStart(2, '0')}`, number: 1 + Math.floor(n / 28), startsAt: '08:30', endsAt: '09:15', status: 'planned', origin: 'timetable', version: String(version), grade: 5 }) as unknown as curriculumV1.Lesson__Output;
  const envelope = (id: string, type: string, payload: unknown) =>
    ({ id, type, occurredAt: new Date(), producer: 'curriculum', schoolId: 'S1', aggregateId: 'C1', aggregateVersion: 1, traceparent: '', tracestate: '', payload }) as unknown as EventEnvelope<never>;

  it('reads a page of 40 lessons in two reads, and follows a lesson moved to another period', async () => {
    const handle = keepCurriculum(store);
    await handle(envelope('e1', 'curriculum.lessons.planned', { lessons: Array.from({ length: 40 }, (_, n) => lesson(n)) }));
    const page = derivedPageId('C1', '', 'math', 'P1');

    let reads = 0;
    for (const collection of [store.sheets.model.collection, store.pages.model.collection]) {
      for (const method of ['find', 'findOne'] as const) {
        const original = (collection as any)[method];
        (collection as any)[method] = (...args: unknown[]) => (reads++, original.apply(collection, args));
      }
    }
    const read = await store.page(page);
    expect(read!.page.lessons).toHaveLength(40);
    expect(reads).toBe(2);

    await handle(envelope('e2', 'curriculum.lesson.changed', { change: 'moved', lesson: lesson(7, 'P2', 2), previousDate: '' }));
    expect((await store.page(page))!.page.lessons.map((entry) => entry.lessonId)).not.toContain('L7');
    expect((await store.page(derivedPageId('C1', '', 'math', 'P2')))!.page.lessons.map((entry) => entry.lessonId)).toEqual(['L7']);

    // A sheet from before sheets carried their page id is read by its id.
    await connection.collection('lesson_sheets').updateOne({ _id: 'L3' as never }, { $unset: { pageId: '' } });
    expect((await store.page(page))!.page.lessons).toHaveLength(39);
  });
});
