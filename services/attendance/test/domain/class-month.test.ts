import { InvalidArgument } from '@ejournal/kit';
import { correctAbsence, recordAttendance, totals, withLesson, type ClassMonth } from '../../src/domain/class-month';

const sheet = (): ClassMonth =>
  withLesson({ _id: 'C:2026-09', schoolId: 'S', classId: 'C', month: '2026-09', lessons: [], absences: [], version: 1 }, { lessonId: 'L', date: '2026-09-07', number: 2, subjectId: 'math', teacherId: 'T', substituteTeacherId: '', status: 'planned', lessonVersion: 1 })!;

describe('attendance of a lesson (004 §4.2.5: Н, Б, У)', () => {
  it('records the absent students of a lesson; re-recording keeps what was there before', () => {
    const first = recordAttendance(sheet(), 'L', [{ studentId: 'A', code: 'Н' }, { studentId: 'B', code: 'О' }], ['A', 'B', 'C'], 'T', new Date());
    expect(first.changed.map((absence) => [absence.studentId, absence.code])).toEqual([['A', 'Н'], ['B', 'О']]);
    const again = recordAttendance(first.sheet, 'L', [{ studentId: 'A', code: 'Н' }], ['A', 'B', 'C'], 'T', new Date());
    // B turned out to be present: their entry is kept with an empty code and the earlier «О» in its history.
    expect(again.changed).toEqual([expect.objectContaining({ studentId: 'B', code: '', revision: 2, history: [expect.objectContaining({ code: 'О' })] })]);
    expect(totals(again.sheet, ['A', 'B'])).toEqual([
      { studentId: 'A', unexcused: 1, illness: 0, excused: 0, late: 0 },
      { studentId: 'B', unexcused: 0, illness: 0, excused: 0, late: 0 },
    ]);
  });

  it('refuses an unknown code and a student not in the class on the date', () => {
    expect(() => recordAttendance(sheet(), 'L', [{ studentId: 'A', code: 'X' }], ['A'], 'T', new Date())).toThrow(/Н \(без причины\), Б \(болезнь\), У \(уважительная\) или О/);
    expect(() => recordAttendance(sheet(), 'L', [{ studentId: 'Z', code: 'Н' }], ['A'], 'T', new Date())).toThrow(InvalidArgument);
  });

  it('lets the class teacher change Н to Б only with a document, keeping the history (000 §9.2, 003 §4.2)', () => {
    const { sheet: recorded } = recordAttendance(sheet(), 'L', [{ studentId: 'A', code: 'Н' }], ['A'], 'T', new Date());
    expect(() => correctAbsence(recorded, 'L', 'A', { code: 'Б' }, 'CT', new Date())).toThrow(/подтверждается документом/);
    const { absence } = correctAbsence(recorded, 'L', 'A', { code: 'Б', documentKind: 'справка', documentNumber: '0457', documentDate: '2026-09-10' }, 'CT', new Date());
    expect(absence).toMatchObject({ code: 'Б', documentNumber: '0457', recordedBy: 'CT', revision: 2, history: [expect.objectContaining({ code: 'Н', changedBy: 'T' })] });
  });
});

describe('a lesson begins by the school’s clock (000 §9.1: absences only on lessons that took place)', () => {
  // 1st lesson at 09:00 in Krasnoyarsk (UTC+7) is 02:00 UTC and 05:00 in Moscow.
  const morning = (): ClassMonth =>
    withLesson({ _id: 'C:2026-11', schoolId: 'S', classId: 'C', month: '2026-11', lessons: [], absences: [], version: 1 }, { lessonId: 'L', date: '2026-11-30', number: 1, subjectId: 'math', teacherId: 'T', substituteTeacherId: '', status: 'planned', lessonVersion: 1, startsAt: '09:00' })!;
  const halfPastNineInKrasnoyarsk = new Date('2026-11-30T02:30:00Z');

  it('takes absences once the lesson has begun where the school is', () => {
    expect(recordAttendance(morning(), 'L', [{ studentId: 'A', code: 'Н' }], ['A'], 'T', halfPastNineInKrasnoyarsk, 'Asia/Krasnoyarsk').changed).toHaveLength(1);
  });

  it('refuses them before it begins — by the platform’s default clock (Moscow) it is only 05:30', () => {
    expect(() => recordAttendance(morning(), 'L', [{ studentId: 'A', code: 'Н' }], ['A'], 'T', halfPastNineInKrasnoyarsk)).toThrow(/ещё не начался/);
    expect(() => recordAttendance(morning(), 'L', [{ studentId: 'A', code: 'Н' }], ['A'], 'T', new Date('2026-11-30T01:59:00Z'), 'Asia/Krasnoyarsk')).toThrow(/ещё не начался/);
  });
});
