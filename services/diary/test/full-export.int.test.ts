// The full export (000 §5, 001 §9.2.2; issue #12: a school of 1,000 pupils within a minute) reads a
// class's pupils' weeks and periods in one query each — they are filed under the class they were last
// written from — and still reads by key, and repairs, a pupil's week filed under another class.
import type { EventEnvelope } from '@ejournal/contracts';
import { createLogger, syncIndexes } from '@ejournal/kit';
import { freshDatabase } from '@ejournal/testing';
import type mongoose from 'mongoose';
import { Pseudonyms } from '../src/domain/pseudonym';
import { keepDiary } from '../src/events/diary.consumer';
import type { ExportSchedule } from '../src/export/export-schedule';
import { blankReport, runFullExport } from '../src/export/full-export';
import type { Sources } from '../src/export/sources';
import { DiaryStore } from '../src/store/diary.store';

const MONDAY = '2026-08-31';
const pupilsOfC1 = ['P1', 'P2', 'P3'];

const lesson = (id: string, classId: string, date: string) => ({
  id, schoolId: 'S1', yearId: 'Y1', periodId: 'Q1', classId, groupId: '', subjectId: 'math', teacherId: 'T1', substituteTeacherId: '', roomId: '',
  date, number: 1, startsAt: '08:30', endsAt: '09:15', status: 'planned', origin: 'timetable', version: '1', grade: 5,
});
const mark = (studentId: string, lessonId: string, value: number) => ({
  id: `M-${studentId}-${lessonId}`, studentId, values: [value], passFail: '', workKind: 'answer', weight: 1, removed: false, revision: 1, comment: '',
});
const markSet = (studentId: string, lessonId: string, classId: string, date: string, value: number) =>
  ({
    id: `e-${studentId}-${lessonId}`, type: 'gradebook.mark.set', occurredAt: new Date(), producer: 'gradebook', schoolId: 'S1', aggregateId: lessonId, aggregateVersion: 1, traceparent: '', tracestate: '',
    payload: { markId: `M-${studentId}-${lessonId}`, lessonId, classId, subjectId: 'math', periodId: 'Q1', studentId, date, values: [value], passFail: '', workKind: 'answer', weight: 1, removed: false, revision: 1, comment: '', onTime: true },
  }) as unknown as EventEnvelope<'gradebook.mark.set'>;

/** The owning services as the export asks them: class C1, one lesson on Wednesday, each pupil marked on it. */
const sources = {
  year: async () => ({ id: 'Y1', startsOn: '2026-09-01', endsOn: '2026-09-30' }),
  classes: async () => ({ classes: [{ id: 'C1', name: '5А' }] }),
  placements: async () => ({ pupils: pupilsOfC1.map((studentId) => ({ studentId, placements: [{ classId: 'C1', groupId: '', from: '2026-09-01', until: '' }] })) }),
  classWeek: async (_classId: string, monday: string) => ({ lessons: monday === MONDAY ? [lesson('L1', 'C1', '2026-09-02')] : [] }),
  lessons: async () => ({
    lessons: [{ lessonId: 'L1', classId: 'C1', subjectId: 'math', periodId: 'Q1', date: '2026-09-02', recordVersion: '0', topic: '', homework: '', noHomework: false, individualHomework: [], files: [], remarks: [], marks: pupilsOfC1.map((pupil) => mark(pupil, 'L1', 5)) }],
  }),
  absences: async () => Promise.reject(Object.assign(new Error('no sheet'), { code: 5 })),
} as unknown as Sources;

describe('the full export reads a class at once', () => {
  let connection: mongoose.Connection;
  let drop: () => Promise<void>;
  let store: DiaryStore;
  const pseudonyms = new Pseudonyms('x'.repeat(32));
  /** Reads of each collection during `work`, by kind: by key (findOne) or many (find). */
  const readsDuring = async (work: () => Promise<unknown>) => {
    const reads: Record<string, { byKey: number; many: number }> = {};
    connection.set('debug', (collection: string, method: string) => {
      const count = (reads[collection] ??= { byKey: 0, many: 0 });
      if (method === 'findOne') count.byKey++;
      if (method === 'find') count.many++;
    });
    try {
      await work();
    } finally {
      connection.set('debug', false);
    }
    return reads;
  };
  const exportSeptember = () =>
    runFullExport(store, pseudonyms, sources, { schoolId: 'S1', yearId: 'Y1', from: '', to: '' }, { done: new Set(), counts: blankReport(), onTotal: async () => {}, onClassDone: async () => {} }, createLogger('diary-test', 'error'));

  beforeAll(async () => {
    ({ connection, drop } = await freshDatabase('diary_export'));
    store = new DiaryStore(connection);
    await syncIndexes(connection);
  });
  afterAll(async () => drop());

  it('reads the weeks and periods of pupils filed under the class in one query each; a pupil filed elsewhere by key, and is repaired', async () => {
    const handle = keepDiary(store, pseudonyms, undefined as unknown as ExportSchedule);
    // P1 and P3: their marks of L1 reached the diary. P2's did not; P2's week and period were last
    // written from a lesson of another class the same week (P2 moved).
    await handle(markSet('P1', 'L1', 'C1', '2026-09-02', 5));
    await handle(markSet('P3', 'L1', 'C1', '2026-09-02', 5));
    await handle(markSet('P2', 'L9', 'C2', '2026-09-01', 3));

    let report = blankReport();
    const reads = await readsDuring(async () => (report = await exportSeptember()));
    // P2's missed mark, in its week and its period; and what no curriculum event brought here: the
    // class's week (its lesson) and the three pupils' places.
    expect(report).toMatchObject({ classes: 1, students: 3, lessons: 1, marks: 3, mismatches: 6, repaired: 6, errors: [] });
    // One read of the class's week for its pupils; by key only P2's (filed under C2), once to find it
    // (not among C1's) — never P1's or P3's. Without the filing: three by key each.
    expect(reads.student_weeks).toEqual({ byKey: 1, many: 1 });
    expect(reads.student_periods).toEqual({ byKey: 1, many: 1 });
    const repaired = await store.studentWeeks.find(`${pseudonyms.of('P2')}:${MONDAY}`);
    expect(repaired?.marks.map((entry) => entry.lessonId).sort()).toEqual(['L1', 'L9']);
    // The repair filed P2's week and period under the class exported.
    expect(repaired?.classWeek).toBe(`C1:${MONDAY}`);
    expect((await store.studentPeriods.find(`${pseudonyms.of('P2')}:Q1`))?.classPeriod).toBe('C1:Q1');

    // Again: nothing differs, and nothing is read by key.
    const again = await readsDuring(async () => (report = await exportSeptember()));
    expect(report).toMatchObject({ marks: 3, mismatches: 0, errors: [] });
    expect(again.student_weeks).toEqual({ byKey: 0, many: 1 });
    expect(again.student_periods).toEqual({ byKey: 0, many: 1 });
  });

  it('files what the consumer writes under the class of the lesson (the mark\'s or the absence\'s)', async () => {
    const handle = keepDiary(store, pseudonyms, undefined as unknown as ExportSchedule);
    await handle(markSet('P4', 'L5', 'C3', '2026-09-09', 4));
    expect((await store.studentWeeks.findWhere({ classWeek: 'C3:2026-09-07' })).map((week) => week._id)).toEqual([`${pseudonyms.of('P4')}:2026-09-07`]);
    expect((await store.studentPeriods.findWhere({ classPeriod: 'C3:Q1' })).map((period) => period._id)).toEqual([`${pseudonyms.of('P4')}:Q1`]);
    await handle({
      id: 'e-absence', type: 'attendance.absence.recorded', occurredAt: new Date(), producer: 'attendance', schoolId: 'S1', aggregateId: 'L6', aggregateVersion: 1, traceparent: '', tracestate: '',
      payload: { lessonId: 'L6', classId: 'C4', subjectId: 'math', date: '2026-09-10', studentId: 'P4', code: 'Н', revision: 1 },
    } as unknown as EventEnvelope<'attendance.absence.recorded'>);
    expect((await store.studentWeeks.find(`${pseudonyms.of('P4')}:2026-09-07`))?.classWeek).toBe('C4:2026-09-07');
  });
});
