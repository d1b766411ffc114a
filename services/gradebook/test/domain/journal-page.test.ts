import { FailedPrecondition, InvalidArgument } from '@ejournal/kit';
import { proposeFinal } from '@ejournal/school-rules';
import { markingDeadline } from '../../src/domain/deadlines';
import { correctMark, decideChangeRequest } from '../../src/domain/corrections';
import type { JournalPage } from '../../src/domain/journal-page';
import { withAbsence, withLesson } from '../../src/domain/lesson-facts';
import { isLessonRecordOnTime, recordLesson } from '../../src/domain/lesson-record';
import { setMarks } from '../../src/domain/marks';
import { setFinal } from '../../src/domain/period-finals';
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
    // A school in Perm (UTC+5): 00:30 of Saturday there is still Friday 22:30 in Moscow — late all the same.
    const perm = { ...rules, timeZone: 'Asia/Yekaterinburg' };
    expect(setMarks(blank(), 'L', [{ studentId: 'A', values: [4], workKind: 'test' }], ['A'], perm, 'T', at('2026-11-06T19:30:00Z')).marks[0].onTime).toBe(false);
    expect(setMarks(blank(), 'L', [{ studentId: 'A', values: [4], workKind: 'test' }], ['A'], rules, 'T', at('2026-11-06T19:30:00Z')).marks[0].onTime).toBe(true);
  });

  it('judges a lesson’s record on time by 21:00 of its day in the school’s own time zone (003 §4.2)', () => {
    const recorded = recordLesson(blank(), 'L', { topic: 'Дроби', homework: '№ 5' }, [], 'T', at('2026-11-02T16:30:00Z')).lesson;
    expect(isLessonRecordOnTime(recorded, 'Asia/Yekaterinburg')).toBe(false); // 21:30 in Perm
    expect(isLessonRecordOnTime(recorded, 'Europe/Moscow')).toBe(true); // 19:30 in Moscow
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

describe('the journal refuses what the rules forbid (issue #11)', () => {
  // Lesson L: Monday 2 November 2026, lesson 2 at 09:00 Moscow time (06:00 UTC).
  const timed = (grade = 7): JournalPage => ({ ...blank(grade), lessons: blank(grade).lessons.map((lesson) => ({ ...lesson, startsAt: '09:00' })) });
  const mark = [{ studentId: 'A', values: [5], workKind: 'answer' }];

  it('takes no marks on a lesson that has not begun, in the school time zone (000 §9.1)', () => {
    expect(() => setMarks(timed(), 'L', mark, ['A'], rules, 'T', at('2026-11-02T05:59:00Z'))).toThrow('урок 2026-11-02 в 09:00 ещё не начался: отметки — только на проведённых уроках');
    expect(setMarks(timed(), 'L', mark, ['A'], rules, 'T', at('2026-11-02T06:00:00Z')).marks).toHaveLength(1);
    // In Krasnoyarsk (UTC+7) the same moment is 13:00: the lesson has begun there.
    expect(setMarks(timed(), 'L', mark, ['A'], { ...rules, timeZone: 'Asia/Krasnoyarsk' }, 'T', at('2026-11-02T05:59:00Z')).marks).toHaveLength(1);
  });

  it('never marks a lesson conducted ahead of time; recorded after it begins, it is conducted unless the teacher says otherwise', () => {
    const before = at('2026-11-01T12:00:00Z');
    expect(() => recordLesson(timed(), 'L', { topic: 'Дроби', conducted: true }, ['A'], 'T', before)).toThrow(/ещё не начался: отметка «урок проведён»/);
    expect(recordLesson(timed(), 'L', { topic: 'Дроби', homework: '№ 5' }, ['A'], 'T', before).lesson).toMatchObject({ topic: 'Дроби', conducted: false });
    expect(recordLesson(timed(), 'L', { topic: 'Дроби' }, ['A'], 'T', at('2026-11-02T07:00:00Z')).lesson.conducted).toBe(true);
    expect(recordLesson(timed(), 'L', { topic: 'Дроби', conducted: false }, ['A'], 'T', at('2026-11-02T07:00:00Z')).lesson.conducted).toBe(false);
  });

  it('marks a pass/fail subject by «зачёт» only, and a subject with marks by marks only (000 §9.1, the approved curriculum)', () => {
    const lessonTime = at('2026-11-02T10:00:00Z');
    expect(() => setMarks(blank(), 'L', mark, ['A'], { ...rules, scale: 'pass-fail' }, 'T', lessonTime)).toThrow('этот предмет оценивается зачётом (учебный план): «зачёт» или «незачёт»');
    expect(setMarks(blank(), 'L', [{ studentId: 'A', values: [], passFail: 'зачёт', workKind: 'answer' }], ['A'], { ...rules, scale: 'pass-fail' }, 'T', lessonTime).marks[0].passFail).toBe('зачёт');
    expect(() => setMarks(blank(), 'L', [{ studentId: 'A', values: [], passFail: 'зачёт', workKind: 'answer' }], ['A'], { ...rules, scale: 'marks' }, 'T', lessonTime)).toThrow('этот предмет оценивается отметками 2–5, а не зачётом (учебный план)');
  });

  it('writes «без задания» in the first grade (000 §9.1, 004 §4.2.5), where marks are never given', () => {
    expect(recordLesson(blank(1), 'L', { topic: 'Звуки и буквы', noHomework: true }, ['A'], 'T', at('2026-11-02T10:00:00Z')).lesson).toMatchObject({ noHomework: true, homework: '' });
  });

  it('keeps remarks to a pupil (001 §3.2), only for pupils of the class', () => {
    const { lesson } = recordLesson(blank(), 'L', { topic: 'Дроби', remarks: [{ studentId: 'A', text: 'Отлично работал у доски' }] }, ['A'], 'T', at('2026-11-02T10:00:00Z'));
    expect(lesson.remarks).toEqual([{ studentId: 'A', text: 'Отлично работал у доски' }]);
    expect(() => recordLesson(blank(), 'L', { topic: 'Дроби', remarks: [{ studentId: 'Z', text: '…' }] }, ['A'], 'T', at('2026-11-02T10:00:00Z'))).toThrow(/ученика нет в списке класса/);
  });
});

describe('period finals against the rules (004 §5)', () => {
  const proposalWith = (counted: number, written: number) => proposeFinal(Array.from({ length: counted }, (_, index) => ({ values: [4], weight: 1, written: index < written, passFail: false })), 'quarter', rules);

  it('needs a reason for a final on too few marks, and takes «н/а» only then', () => {
    const few = proposalWith(2, 1);
    expect(() => setFinal(blank(), 'A', 4, '', few, { ...rules, highestMark: 5 }, 'T', new Date())).toThrow(/отметок 2 \(письменных, лабораторных, практических 1\), а нужно не меньше 3 \(из них 1\) — 004 §5: поставьте «н\/а»/);
    expect(setFinal(blank(), 'A', 4, 'болел, отметки за контрольную', few, rules, 'T', new Date()).final).toMatchObject({ value: 4, reason: 'болел, отметки за контрольную' });
    expect(setFinal(blank(), 'A', 0, '', few, rules, 'T', new Date(), true).final).toMatchObject({ value: 0, notAttested: true });
    expect(() => setFinal(blank(), 'A', 0, '', proposalWith(3, 1), rules, 'T', new Date(), true)).toThrow(/«н\/а» ставится, только когда отметок не хватает/);
  });
});
