import { contentHash } from '../../src/domain/canonical-form';
import { recordBody, recordSlot, recordTitle } from '../../src/domain/closed-records';
import { attendanceSheetRecord, journalPageRecord, peopleOfPage } from '../../src/domain/record-builders';
import { closedPage, PLACE, pupilName } from '../page-fixture';

// 002 §5, 003 §5: what a closed journal page keeps — lessons with dates, topics and homework, marks with
// kinds, weights and every revision, absences, finals, teachers (a substitution as such, 000 §9.1), the
// change requests (004 §4.1) — with every person written out by name.

describe('the closed record of a journal page', () => {
  const page = closedPage(3, 8);
  const record = journalPageRecord(PLACE, page, pupilName);

  it('keeps every lesson, mark, absence, final and change request, people by name', () => {
    expect(record.lessons).toHaveLength(8);
    expect(record.lessons[3]).toMatchObject({ teacher: { id: 'teacher-2', name: 'Кузнецов Пётр Андреевич' }, substituted: true });
    expect(record.marks).toHaveLength(18);
    expect(record.marks.find((mark) => mark.id === 'mark-0-2')).toMatchObject({ mark: '4/5', workKind: 'test', weight: 2, setBy: 'Смирнова Ольга Ивановна' });
    expect(record.marks.find((mark) => mark.id === 'mark-0-0')!.history[0]).toMatchObject({ mark: '2', reason: 'ошибка при вводе' });
    expect(record.absences).toEqual([{ lessonId: 'lesson-4', pupilId: 'pupil-03', code: 'Б' }, { lessonId: 'lesson-5', pupilId: 'pupil-01', code: 'Н' }]);
    expect(record.finals.map((final) => final.mark)).toEqual(['3', '4', '5']);
    expect(record.changeRequests[0]).toMatchObject({ requested: '5', status: 'approved', decidedBy: 'Волкова Анна Сергеевна', decisionNote: 'согласовано' });
    expect(record.teachers.map((teacher) => teacher.name)).toEqual(['Смирнова Ольга Ивановна', 'Кузнецов Пётр Андреевич']);
    expect(recordTitle(record)).toBe('Журнал: 5А · Математика · 1 четверть 2026/2027');
    expect(recordSlot(record)).toBe('journal-page|q1|class-5a||math');
  });

  it('names everyone the page mentions', () => {
    expect(peopleOfPage(page).sort()).toEqual(['admin-1', 'pupil-01', 'pupil-02', 'pupil-03', 'teacher-1', 'teacher-2']);
  });

  it('is the same record whenever the same page is archived (a re-run after a crash adds nothing), and another when a mark changed', () => {
    const again = journalPageRecord(PLACE, closedPage(3, 8), pupilName);
    expect(contentHash(again)).toBe(contentHash(record));
    const changed = closedPage(3, 8);
    changed.marks[0] = { ...changed.marks[0], values: [5] };
    expect(contentHash(recordBody(journalPageRecord(PLACE, changed, pupilName)))).not.toBe(contentHash(recordBody(record)));
  });

  it('an amendment names the record it amends and why; its body compares equal to an unchanged page', () => {
    const amendment = journalPageRecord(PLACE, page, pupilName, { sha256: 'a'.repeat(64), reason: 'изменение отметки по запросу', changeRequestId: 'cr-1' });
    expect(amendment.amends?.sha256).toBe('a'.repeat(64));
    expect(contentHash(recordBody(amendment))).toBe(contentHash(recordBody(record)));
    expect(contentHash(amendment)).not.toBe(contentHash(record));
  });
});

// 003 §4.1: the class teacher's attendance sheet; 004 §4.2.5: the codes Н, Б, У (and О, lateness).
describe('the attendance sheet of a class', () => {
  it('gathers the class pages\' absences by pupil and day, with totals by code (lateness is not a missed lesson)', () => {
    const math = journalPageRecord(PLACE, closedPage(3, 8), pupilName);
    const russianPage = closedPage(3, 8);
    russianPage.absences = [{ lessonId: 'lesson-4', studentId: 'pupil-03', code: 'Б' }, { lessonId: 'lesson-6', studentId: 'pupil-02', code: 'О' }];
    const russian = journalPageRecord({ ...PLACE, subject: { id: 'rus', name: 'Русский язык' } }, russianPage, pupilName);
    const sheet = attendanceSheetRecord(PLACE, [math, russian]);
    expect(sheet.kind).toBe('attendance-sheet');
    expect(recordTitle(sheet)).toBe('Посещаемость: 5А · 1 четверть 2026/2027');
    expect(recordSlot(sheet)).toBe('attendance-sheet|q1|class-5a||');
    expect(sheet.days).toHaveLength(8);
    expect(sheet.missed.find((entry) => entry.pupilId === 'pupil-03')).toEqual({ pupilId: 'pupil-03', date: math.lessons[3].date, lessons: [{ subjectId: 'math', code: 'Б' }, { subjectId: 'rus', code: 'Б' }] });
    expect(sheet.totals.find((total) => total.pupilId === 'pupil-03')).toEqual({ pupilId: 'pupil-03', byCode: { Н: 0, Б: 2, У: 0, О: 0 }, all: 2 });
    expect(sheet.totals.find((total) => total.pupilId === 'pupil-02')).toEqual({ pupilId: 'pupil-02', byCode: { Н: 0, Б: 0, У: 0, О: 1 }, all: 0 });
    expect(sheet.totals.find((total) => total.pupilId === 'pupil-01')!.byCode.Н).toBe(1);
  });
});
