// The week read models against the real server: lessons arriving twice and out of order (at-least-once
// delivery of the service's own events) end as the newest version of each, in the right week.
import mongoose from 'mongoose';
import { freshDatabase } from '@ejournal/testing';
import type { Lesson } from '../src/domain/lesson';
import { LessonWeeks } from '../src/store/lesson-weeks.store';

const lesson = (version: number, date: string, week: string, status: Lesson['status'] = 'planned'): Lesson => ({
  _id: 'L1', schoolId: 'S1', yearId: 'Y1', periodId: 'P1', classId: 'C1', grade: 5, groupId: '', subjectId: 'math', teacherId: 'T1', substituteTeacherId: '',
  roomId: '', date, week, number: 1, startsAt: '08:30', endsAt: '09:15', status, origin: 'timetable', pinned: version > 1, version, history: [],
});

describe('week read models of lessons', () => {
  let connection: mongoose.Connection;
  let drop: () => Promise<void>;
  // Each order of arrival uses its own class and teacher in the same database.

  beforeAll(async () => {
    ({ connection, drop } = await freshDatabase('lesson_weeks'));
  });
  afterAll(async () => drop());

  it('ends with the newest version in its week whatever the order and repetitions', async () => {
    const planned = lesson(1, '2026-09-07', '2026-09-07');
    const moved = lesson(2, '2026-09-15', '2026-09-14');
    const cancelled = lesson(3, '2026-09-15', '2026-09-14', 'cancelled');
    const steps: Array<[Lesson, string | undefined]> = [[planned, undefined], [moved, planned.date], [cancelled, undefined]];
    const orders = [[0, 1, 2], [2, 1, 0], [1, 0, 2], [1, 2, 0, 0, 1], [2, 0, 1, 2]];
    for (const [index, order] of orders.entries()) {
      const weeks = index === 0 ? new LessonWeeks(connection) : new LessonWeeks(connection.useDb(connection.name, { useCache: false }));
      for (const step of order) {
        const [version, previous] = steps[step];
        await weeks.apply([{ ...version, classId: `C${index}`, teacherId: `T${index}` }], previous ? new Map([[version._id, previous]]) : undefined);
      }
      expect(await weeks.classWeek(`C${index}`, 'S1', '2026-09-07')).toEqual([]);
      expect((await weeks.classWeek(`C${index}`, 'S1', '2026-09-14')).map((shown) => [shown.version, shown.status])).toEqual([[3, 'cancelled']]);
      expect((await weeks.teacherWeek(`T${index}`, 'S1', '2026-09-14')).map((shown) => shown._id)).toEqual(['L1']);
    }
  });
});
