import { FailedPrecondition, InvalidArgument } from '@ejournal/kit';
import { markingDeadline } from '../../src/domain/deadlines';
import { correctMark, decideChangeRequest, recordLesson, setMarks, withAbsence, withLesson, type JournalPage } from '../../src/domain/journal-page';
import type { JournalRules } from '../../src/domain/rules';

const rules: JournalRules = {
  lowestMark: 2,
  highestMark: 5,
  workKinds: [
    { code: 'answer', name: 'Ответ на уроке', weight: 1, written: false, markingDays: 0, workingDays: false },
    { code: 'test', name: 'Контрольная работа', weight: 2, written: true, markingDays: 3, workingDays: true },
    { code: 'independent', name: 'Самостоятельная работа', weight: 1.5, written: true, markingDays: 7, workingDays: false },
  ],
  rounding: { fiveFrom: 4.5, fourFrom: 3.5, threeFrom: 2.5 },
  workingWeekdays: [1, 2, 3, 4, 5],
  holidays: [{ startsOn: '2026-11-04', endsOn: '2026-11-04' }],
  markCorrectionMinutes: 30,
};

const blank = (grade = 7): JournalPage =>
  withLesson(
    { _id: 'P', schoolId: 'S', classId: 'C', groupId: '', subjectId: 'math', periodId: 'Q2', lessons: [], marks: [], changeRequests: [], finals: [], version: 1 },
    { lessonId: 'L', date: '2026-11-02', number: 2, teacherId: 'T', substituteTeacherId: '', status: 'planned', grade, version: 1 },
  )!;
const at = (iso: string) => new Date(iso);

describe('marks on a lesson', () => {
  it('takes a double mark «4/5» and pass/fail, refuses marks off the scale (004 §4.2.5, 000 §9.1)', () => {
    const { marks } = setMarks(blank(), 'L', [{ studentId: 'A', values: [4, 5], workKind: 'test' }, { studentId: 'B', values: [], passFail: 'зачёт', workKind: 'answer' }], ['A', 'B'], rules, 'T', at('2026-11-02T10:00:00Z'));
    expect(marks.map((mark) => [mark.values, mark.passFail, mark.weight])).toEqual([[[4, 5], '', 2], [[], 'зачёт', 1]]);
    expect(() => setMarks(blank(), 'L', [{ studentId: 'A', values: [1], workKind: 'answer' }], ['A'], rules, 'T', new Date())).toThrow('отметка 1 вне шкалы школы (2–5)');
    expect(() => setMarks(blank(), 'L', [{ studentId: 'A', values: [4, 5, 3], workKind: 'answer' }], ['A'], rules, 'T', new Date())).toThrow(InvalidArgument);
    expect(() => setMarks(blank(), 'L', [{ studentId: 'Z', values: [4], workKind: 'answer' }], ['A'], rules, 'T', new Date())).toThrow(/ученика нет в списке класса/);
  });

  it('accepts no marks and no homework in the first grade, with a clear error (000 §9.1, 004 §3.8)', () => {
    expect(() => setMarks(blank(1), 'L', [{ studentId: 'A', values: [5], workKind: 'answer' }], ['A'], rules, 'T', new Date())).toThrow(FailedPrecondition);
    expect(() => setMarks(blank(1), 'L', [{ studentId: 'A', values: [5], workKind: 'answer' }], ['A'], rules, 'T', new Date())).toThrow('в 1 классе отметки не ставятся (000 §9.1, 002 §1.5, 004 §3.8)');
    expect(() => recordLesson(blank(1), 'L', { topic: 'Звуки и буквы', homework: 'прописи' }, ['A'], 'T', new Date())).toThrow(/домашнее задание не задаётся/);
    expect(recordLesson(blank(1), 'L', { topic: 'Звуки и буквы' }, ['A'], 'T', new Date()).lesson.topic).toBe('Звуки и буквы');
  });

  it('knows whether a mark came on time by its kind of work and the working-day calendar (004 §4.2.5, 002 §3.5)', () => {
    // A test on Monday 2 November: 3 working days, skipping the 4 November holiday → Friday 6 November.
    expect(markingDeadline('2026-11-02', rules.workKinds[1], rules)).toBe('2026-11-06');
    expect(markingDeadline('2026-11-02', rules.workKinds[2], rules)).toBe('2026-11-09');
    const onTime = setMarks(blank(), 'L', [{ studentId: 'A', values: [4], workKind: 'test' }], ['A'], rules, 'T', at('2026-11-06T18:00:00Z')).marks[0];
    const late = setMarks(blank(), 'L', [{ studentId: 'A', values: [4], workKind: 'test' }], ['A'], rules, 'T', at('2026-11-06T21:30:00Z')).marks[0];
    expect([onTime.onTime, late.onTime]).toEqual([true, false]);
  });

  it('lets the teacher correct within the window, and needs the administrator after it, keeping every value (004 §4.1)', () => {
    const set = setMarks(blank(), 'L', [{ studentId: 'A', values: [3], workKind: 'answer' }], ['A'], rules, 'T', at('2026-11-02T10:00:00Z'));
    const markId = set.marks[0].id;
    const direct = correctMark(set.page, 'L', markId, { values: [4], workKind: '', remove: false, reason: 'опечатка' }, rules, 'T', at('2026-11-02T10:20:00Z'));
    expect(direct.mark).toMatchObject({ values: [4], revision: 2, history: [expect.objectContaining({ values: [3], changedBy: 'T', reason: 'опечатка' })] });
    const late = correctMark(direct.page, 'L', markId, { values: [5], workKind: '', remove: false, reason: 'пересдача' }, rules, 'T', at('2026-11-02T11:00:00Z'));
    expect(late.mark).toBeUndefined();
    expect(late.request).toMatchObject({ status: 'pending', values: [5] });
    expect(() => correctMark(late.page, 'L', markId, { values: [5], workKind: '', remove: false, reason: 'ещё раз' }, rules, 'T', new Date())).toThrow('по этой отметке уже есть запрос на изменение');
    const approved = decideChangeRequest(late.page, late.request!.id, true, '', rules, 'ADMIN', at('2026-11-03T09:00:00Z'));
    expect(approved.mark).toMatchObject({ values: [5], revision: 3 });
    expect(approved.mark!.history.map((revision) => revision.values)).toEqual([[3], [4]]);
    const rejected = decideChangeRequest(late.page, late.request!.id, false, 'нет оснований', rules, 'ADMIN', new Date());
    expect(rejected.page.marks[0].values).toEqual([4]);
  });

  it('keeps the teacher\'s record when a newer version of the lesson arrives, and ignores an older one', () => {
    const recorded = recordLesson(blank(), 'L', { topic: 'Дроби', homework: '№ 5' }, [], 'T', new Date()).page;
    const substituted = withLesson(recorded, { lessonId: 'L', date: '2026-11-02', number: 2, teacherId: 'T', substituteTeacherId: 'S2', status: 'planned', grade: 7, version: 2 })!;
    expect(substituted.lessons[0]).toMatchObject({ topic: 'Дроби', substituteTeacherId: 'S2', lessonVersion: 2 });
    expect(withLesson(substituted, { lessonId: 'L', date: '2026-11-02', number: 2, teacherId: 'T', substituteTeacherId: '', status: 'planned', grade: 7, version: 1 })).toBeNull();
  });

  it('puts a mark over an absence only with an explanation; lateness needs none (000 §9.1)', () => {
    const absent = withAbsence(blank(), { lessonId: 'L', studentId: 'A', code: 'Н', revision: 1 })!;
    expect(() => setMarks(absent, 'L', [{ studentId: 'A', values: [4], workKind: 'answer' }], ['A'], rules, 'T', new Date())).toThrow(/только с пояснением для родителей \(000 §9\.1\)/);
    expect(setMarks(absent, 'L', [{ studentId: 'A', values: [4], workKind: 'answer', explanation: 'сдал реферат' }], ['A'], rules, 'T', new Date()).marks[0].explanation).toBe('сдал реферат');
    const late = withAbsence(blank(), { lessonId: 'L', studentId: 'A', code: 'О', revision: 1 })!;
    expect(setMarks(late, 'L', [{ studentId: 'A', values: [4], workKind: 'answer' }], ['A'], rules, 'T', new Date()).marks).toHaveLength(1);
    // An older word from attendance does not undo a newer one.
    const present = withAbsence(absent, { lessonId: 'L', studentId: 'A', code: '', revision: 2 })!;
    expect(withAbsence(present, { lessonId: 'L', studentId: 'A', code: 'Н', revision: 1 })).toBeNull();
  });
});
