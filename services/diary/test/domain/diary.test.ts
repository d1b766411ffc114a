import { subjectAverage, withAbsence, withFinal, withLessonFacts, withLessonRecord, withMark, withoutLesson, type ClassWeek, type DiaryMark, type StudentFinals, type StudentWeek } from '../../src/domain/diary';

// A small random generator with a seed, so a failing order can be replayed.
function shuffled<T>(items: T[], seed: number): T[] {
  const result = [...items];
  let state = seed;
  const next = () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

const facts = (lessonId: string, date: string, lessonVersion: number, extra: Partial<Parameters<typeof withLessonFacts>[1]> = {}) => ({
  lessonId, date, number: 2, startsAt: '09:25', endsAt: '10:10', subjectId: 'math', groupId: '', periodId: 'Q1', teacherId: 'T', substituteTeacherId: '', status: 'planned', lessonVersion, ...extra,
});
const mark = (markId: string, revision: number, values: number[], removed = false): DiaryMark => ({ markId, lessonId: 'L1', subjectId: 'math', periodId: 'Q1', date: '2026-09-07', values, passFail: '', workKind: 'answer', weight: 1, removed, revision });

type Step =
  | { doc: 'week'; apply: (week: ClassWeek) => ClassWeek | null }
  | { doc: 'student'; apply: (week: StudentWeek) => StudentWeek | null }
  | { doc: 'finals'; apply: (finals: StudentFinals) => StudentFinals | null };

/** The events of one week: planned, substituted, recorded twice, marks set, changed and removed, an absence corrected, finals set twice. */
const events: Step[] = [
  { doc: 'week', apply: (week) => withLessonFacts(week, facts('L1', '2026-09-07', 1)) },
  { doc: 'week', apply: (week) => withLessonFacts(week, facts('L2', '2026-09-09', 1)) },
  { doc: 'week', apply: (week) => withLessonFacts(week, facts('L1', '2026-09-07', 2, { substituteTeacherId: 'S' })) },
  { doc: 'week', apply: (week) => withLessonRecord(week, 'L1', '2026-09-07', { topic: 'Дроби', homework: '№ 1', noHomework: false, individualHomework: [], files: [], recordVersion: 1 }) },
  { doc: 'week', apply: (week) => withLessonRecord(week, 'L1', '2026-09-07', { topic: 'Дроби и проценты', homework: '№ 1–3', noHomework: false, individualHomework: [], files: [], recordVersion: 2 }) },
  { doc: 'week', apply: (week) => withLessonFacts(week, facts('L3', '2026-09-11', 1)) },
  { doc: 'week', apply: (week) => withoutLesson(week, 'L3', 2) },
  { doc: 'student', apply: (week) => withMark(week, mark('M1', 1, [3])) },
  { doc: 'student', apply: (week) => withMark(week, mark('M1', 2, [4])) },
  { doc: 'student', apply: (week) => withMark(week, mark('M2', 1, [5])) },
  { doc: 'student', apply: (week) => withMark(week, mark('M2', 2, [5], true)) },
  { doc: 'student', apply: (week) => withAbsence(week, { lessonId: 'L2', code: 'Н', revision: 1 }) },
  { doc: 'student', apply: (week) => withAbsence(week, { lessonId: 'L2', code: 'Б', revision: 2 }) },
  { doc: 'finals', apply: (finals) => withFinal(finals, { subjectId: 'math', periodId: 'Q1', kind: 'period', value: 4, pageVersion: 3 }) },
  { doc: 'finals', apply: (finals) => withFinal(finals, { subjectId: 'math', periodId: 'Q1', kind: 'period', value: 5, pageVersion: 4 }) },
];

function replay(steps: Step[]) {
  let week: ClassWeek = { _id: 'C:2026-09-07', lessons: [], version: 0 };
  let student: StudentWeek = { _id: 'K:2026-09-07', marks: [], absences: [], version: 0 };
  let finals: StudentFinals = { _id: 'K', finals: [], version: 0 };
  for (const step of steps) {
    if (step.doc === 'week') week = step.apply(week) ?? week;
    else if (step.doc === 'student') student = step.apply(student) ?? student;
    else finals = step.apply(finals) ?? finals;
  }
  const byId = <T>(items: T[], id: (item: T) => string) => [...items].sort((a, b) => id(a).localeCompare(id(b)));
  return { lessons: byId(week.lessons, (lesson) => lesson.lessonId), marks: byId(student.marks, (item) => item.markId), absences: student.absences, finals: finals.finals };
}

describe('the diary equals its sources whatever the order and repetition of events', () => {
  const inOrder = replay(events);

  it('in order: the newest of everything', () => {
    expect(inOrder.lessons.map((lesson) => [lesson.lessonId, lesson.substituteTeacherId, lesson.topic])).toEqual([['L1', 'S', 'Дроби и проценты'], ['L2', '', undefined]]);
    expect(inOrder.marks.map((item) => [item.markId, item.values, item.removed])).toEqual([['M1', [4], false], ['M2', [5], true]]);
    expect(inOrder.absences).toEqual([{ lessonId: 'L2', code: 'Б', revision: 2 }]);
    expect(inOrder.finals.map((final) => final.value)).toEqual([5]);
    expect(subjectAverage(inOrder.marks)).toBe(4);
  });

  it.each(Array.from({ length: 25 }, (_, seed) => seed + 1))('shuffled and duplicated (seed %i): the same result', (seed) => {
    const stream = shuffled([...events, ...events.filter((_, index) => (index * seed) % 3 === 0)], seed);
    expect(replay(stream)).toEqual(inOrder);
  });
});
